// SPDX-License-Identifier: MIT
#include "segmenttable.h"

#include "refreshtable.h"
#include "sandboxstore.h"

Result<std::optional<SegmentRow>> SegmentTable::find(const QString &id) const
{
    using Found = Result<std::optional<SegmentRow>>;
    auto rows = m_store.run(
        QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(SegmentRow::columns()), {id});
    if (!rows.isOk())
        return Found::failure(rows.error());
    if (!rows.value().next())
        return Found::success(std::nullopt);
    return Found::success(SegmentRow::read(rows.value()));
}

Result<QList<SegmentRow>> SegmentTable::all() const
{
    QList<SegmentRow> all;
    auto rows = m_store.run(QStringLiteral("SELECT %1 FROM segments ORDER BY created_at, id")
                                .arg(SegmentRow::columns()));
    if (!rows.isOk())
        return Result<QList<SegmentRow>>::failure(rows.error());
    while (rows.value().next())
        all.append(SegmentRow::read(rows.value()));
    return Result<QList<SegmentRow>>::success(std::move(all));
}

Result<bool> SegmentTable::exists(const QString &id) const
{
    return m_store.exists(QStringLiteral("SELECT 1 FROM segments WHERE id = ?"), {id});
}

Result<bool> SegmentTable::nameTaken(const QString &name, const QString &exceptId) const
{
    return m_store.exists(QStringLiteral("SELECT 1 FROM segments WHERE name = ? AND id != ?"),
                          {name, exceptId.isNull() ? QStringLiteral("") : exceptId});
}

VoidResult SegmentTable::save(const SegmentRow &r)
{
    const auto saved = m_store.run(
        QStringLiteral("INSERT OR REPLACE INTO segments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(SegmentRow::columns()),
        {r.id, r.name, r.queryDsl, r.parentListId.isEmpty() ? QVariant() : r.parentListId,
         r.contactsCount, r.sample, r.createdAt, r.updatedAt, r.sampleUpdatedAt, r.nextSampleUpdate,
         r.sampleInterval, r.validation, r.errorMessage.isEmpty() ? QVariant() : r.errorMessage,
         r.validateAt, r.lastRefreshedAt.isEmpty() ? QVariant() : r.lastRefreshedAt,
         r.refreshZone});
    return saved.isOk() ? VoidResult::success() : VoidResult::failure(saved.error());
}

VoidResult SegmentTable::remove(const QString &id)
{
    return m_store.inTransaction([&] {
        if (VoidResult history = RefreshTable(m_store).removeFor(id); !history.isOk())
            return history;
        const auto removed = m_store.run(QStringLiteral("DELETE FROM segments WHERE id = ?"), {id});
        return removed.isOk() ? VoidResult::success() : VoidResult::failure(removed.error());
    });
}
