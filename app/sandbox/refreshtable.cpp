// SPDX-License-Identifier: MIT
#include "refreshtable.h"

#include "sandboxstore.h"

namespace {

VoidResult done(const Result<QSqlQuery> &run)
{
    return run.isOk() ? VoidResult::success() : VoidResult::failure(run.error());
}

} // namespace

VoidResult RefreshTable::add(const QString &segmentId, const QString &at)
{
    return done(m_store.run(QStringLiteral("INSERT INTO refreshes (segment_id, at) VALUES (?, ?)"),
                            {segmentId, at}));
}

Result<int> RefreshTable::countSince(const QString &since, const QString &segmentId) const
{
    const Result<QVariant> count = segmentId.isEmpty()
        ? m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM refreshes WHERE at >= ?"), {since})
        : m_store.scalar(
            QStringLiteral("SELECT COUNT(*) FROM refreshes WHERE segment_id = ? AND at >= ?"),
            {segmentId, since});
    return count.isOk() ? Result<int>::success(count.value().toInt())
                        : Result<int>::failure(count.error());
}

Result<QString> RefreshTable::firstSince(const QString &segmentId, const QString &since) const
{
    const Result<QVariant> first = m_store.scalar(
        QStringLiteral("SELECT MIN(at) FROM refreshes WHERE segment_id = ? AND at >= ?"),
        {segmentId, since});
    return first.isOk() ? Result<QString>::success(first.value().toString())
                        : Result<QString>::failure(first.error());
}

VoidResult RefreshTable::removeFor(const QString &segmentId)
{
    return done(
        m_store.run(QStringLiteral("DELETE FROM refreshes WHERE segment_id = ?"), {segmentId}));
}
