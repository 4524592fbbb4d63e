// SPDX-License-Identifier: MIT
#include "segmentengine.h"

#include "refreshtable.h"
#include "sandboxstore.h"
#include "segmenttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

SegmentEngine::SegmentEngine(SandboxStore &store, SandboxClock clock)
    : m_store(store)
    , m_clock(clock)
{ }

// Milliseconds, as SendGrid stamps (2026-11-20T16:42:11.250Z): whole seconds made two edits in
// one second look like one. Always three digits, so that stamps still sort as text.
QString SegmentEngine::stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<std::optional<SegmentRow>> SegmentEngine::load(const QString &id)
{
    return SegmentTable(m_store).find(id);
}

Result<QList<SegmentRow>> SegmentEngine::loadAll()
{
    return SegmentTable(m_store).all();
}

bool SegmentEngine::isDue(const SegmentRow &row) const
{
    const QString current = stamp(now());
    return (row.validation == u"PENDING" && row.validateAt <= current)
        || (row.validation == u"VALID" && row.nextSampleUpdate <= current);
}

VoidResult SegmentEngine::invalidate(SegmentRow &row, const QString &message)
{
    row.validation = QStringLiteral("INVALID");
    row.errorMessage = message;
    return save(row);
}

void SegmentEngine::markEdited(SegmentRow &row)
{
    row.validation = QStringLiteral("PENDING");
    row.errorMessage.clear();
    row.validateAt = stamp(m_clock.later(validationDelaySeconds));
    // A new segment gets its first count once checked, and so does a changed query: SendGrid
    // refreshes a sample after its conditions are edited (Marketing Campaigns changelog,
    // 2020-11-11, "Segment Sample Refresh Cadence Improvements"), then hourly, backing off.
    row.nextSampleUpdate = row.validateAt;
    row.sampleInterval = firstSampleInterval;
}

VoidResult SegmentEngine::save(const SegmentRow &row)
{
    return SegmentTable(m_store).save(row);
}

QDateTime SegmentEngine::startOfDay(const QString &zone) const
{
    const QTimeZone timeZone(zone.toUtf8());
    return QDateTime(now().toTimeZone(timeZone).date(), QTime(0, 0), timeZone);
}

Result<int> SegmentEngine::refreshesSince(const QDateTime &since, const QString &segmentId) const
{
    return RefreshTable(m_store).countSince(stamp(since), segmentId);
}

Result<int> SegmentEngine::refreshesToday(const SegmentRow &row) const
{
    return row.refreshZone.isEmpty() ? Result<int>::success(0)
                                     : refreshesSince(startOfDay(row.refreshZone), row.id);
}

Result<QJsonObject> SegmentEngine::toJson(const SegmentRow &row, bool full, bool withSample) const
{
    const QString sampled = row.sampleUpdatedAt.isEmpty() ? row.createdAt : row.sampleUpdatedAt;
    QJsonObject status {{QStringLiteral("query_validation"), row.validation}};
    if (!row.errorMessage.isEmpty())
        status.insert(QStringLiteral("error_message"), row.errorMessage);
    QJsonObject out {{QStringLiteral("id"), row.id},
                     {QStringLiteral("name"), row.name},
                     {QStringLiteral("contacts_count"), row.contactsCount},
                     {QStringLiteral("created_at"), row.createdAt},
                     {QStringLiteral("updated_at"), row.updatedAt},
                     {QStringLiteral("sample_updated_at"), sampled},
                     {QStringLiteral("next_sample_update"), row.nextSampleUpdate},
                     {QStringLiteral("parent_list_ids"),
                      row.parentListId.isEmpty() ? QJsonArray() : QJsonArray {row.parentListId}},
                     {QStringLiteral("query_version"), QStringLiteral("2")},
                     {QStringLiteral("status"), status}};
    if (!full)
        return Result<QJsonObject>::success(out);
    const Result<int> used = refreshesToday(row);
    if (!used.isOk())
        return Result<QJsonObject>::failure(used.error());
    out.insert(QStringLiteral("query_dsl"), row.queryDsl);
    if (withSample)
        out.insert(QStringLiteral("contacts_sample"),
                   QJsonDocument::fromJson(row.sample.toUtf8()).array());
    out.insert(QStringLiteral("refreshes_used"), used.value());
    out.insert(QStringLiteral("max_refreshes"), maxRefreshesPerDay);
    if (!row.lastRefreshedAt.isEmpty())
        out.insert(QStringLiteral("last_refreshed_at"), row.lastRefreshedAt);
    return Result<QJsonObject>::success(out);
}
