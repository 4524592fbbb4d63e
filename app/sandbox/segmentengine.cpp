// SPDX-License-Identifier: MIT
#include "segmentengine.h"

#include "query/fieldcatalogue.h"
#include "query/linter.h"
#include "sandboxstore.h"
#include "segmentevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

SegmentEngine::SegmentEngine(SandboxStore &store, double timeScale)
    : m_store(store)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
{ }

QString SegmentEngine::stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime SegmentEngine::later(qint64 seconds) const
{
    return now().addMSecs(qint64(double(seconds) * 1000.0 / m_timeScale));
}

std::optional<SegmentRow> SegmentEngine::load(const QString &id)
{
    auto rows = m_store.run(
        QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(SegmentRow::columns()), {id});
    if (!rows || !rows->next())
        return std::nullopt;
    SegmentRow row = SegmentRow::read(*rows);
    advance(row);
    return row;
}

QList<SegmentRow> SegmentEngine::loadAll()
{
    QList<SegmentRow> all;
    auto rows = m_store.run(QStringLiteral("SELECT %1 FROM segments ORDER BY created_at, id")
                                .arg(SegmentRow::columns()));
    while (rows && rows->next())
        all.append(SegmentRow::read(*rows));
    for (SegmentRow &row : all)
        advance(row);
    return all;
}

void SegmentEngine::advance(SegmentRow &row)
{
    const QString current = stamp(now());
    bool changed = false;
    if (row.validation == u"PENDING" && row.validateAt <= current) {
        validate(row);
        changed = true;
    }
    if (row.validation == u"VALID" && row.nextSampleUpdate <= current) {
        const qint64 before = row.contactsCount;
        const bool first = row.sampleUpdatedAt.isEmpty();
        recompute(row);
        // Unchanged membership backs off toward a day, as SendGrid's schedule does.
        row.sampleInterval = !first && before == row.contactsCount
            ? qMin(row.sampleInterval * 2, longestSampleInterval)
            : firstSampleInterval;
        row.nextSampleUpdate = stamp(later(row.sampleInterval));
        changed = true;
    }
    if (changed)
        save(row);
}

void SegmentEngine::validate(SegmentRow &row)
{
    const QList<Diagnostic> diagnostics
        = QueryLinter::lint(row.queryDsl, FieldCatalogue(m_store.customFields()));
    const auto error
        = std::find_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
              return d.severity == Diagnostic::Severity::Error;
          });
    row.validation
        = error == diagnostics.end() ? QStringLiteral("VALID") : QStringLiteral("INVALID");
    row.errorMessage = error == diagnostics.end() ? QString() : error->toString();
}

QString SegmentEngine::recompute(SegmentRow &row)
{
    const Evaluation result = SegmentEvaluator(m_store).evaluate(row.queryDsl, row.parentListId);
    if (!result.error.isEmpty())
        return result.error;
    row.contactsCount = result.count;
    row.sample = QString::fromUtf8(QJsonDocument(result.sample).toJson(QJsonDocument::Compact));
    row.sampleUpdatedAt = stamp(now());
    return {};
}

void SegmentEngine::markEdited(SegmentRow &row)
{
    row.validation = QStringLiteral("PENDING");
    row.errorMessage.clear();
    row.validateAt = stamp(later(validationDelaySeconds));
    if (row.sampleUpdatedAt.isEmpty())
        row.nextSampleUpdate = row.validateAt; // a new segment gets its first count at once
}

bool SegmentEngine::save(const SegmentRow &r)
{
    return m_store
        .run(QStringLiteral("INSERT OR REPLACE INTO segments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 .arg(SegmentRow::columns()),
             {r.id, r.name, r.queryDsl, r.parentListId.isEmpty() ? QVariant() : r.parentListId,
              r.contactsCount, r.sample, r.createdAt, r.updatedAt, r.sampleUpdatedAt,
              r.nextSampleUpdate, r.sampleInterval, r.validation,
              r.errorMessage.isEmpty() ? QVariant() : r.errorMessage, r.validateAt,
              r.lastRefreshedAt.isEmpty() ? QVariant() : r.lastRefreshedAt, r.refreshZone})
        .has_value();
}

QDateTime SegmentEngine::startOfDay(const QString &zone) const
{
    const QTimeZone timeZone(zone.toUtf8());
    return QDateTime(now().toTimeZone(timeZone).date(), QTime(0, 0), timeZone);
}

int SegmentEngine::refreshesSince(const QDateTime &since, const QString &segmentId) const
{
    if (segmentId.isEmpty())
        return m_store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM refreshes WHERE at >= ?"), {stamp(since)})
            .toInt();
    return m_store
        .scalar(QStringLiteral("SELECT COUNT(*) FROM refreshes WHERE segment_id = ? AND at >= ?"),
                {segmentId, stamp(since)})
        .toInt();
}

int SegmentEngine::refreshesToday(const SegmentRow &row) const
{
    return row.refreshZone.isEmpty() ? 0 : refreshesSince(startOfDay(row.refreshZone), row.id);
}

QJsonObject SegmentEngine::toJson(const SegmentRow &row, bool full, bool withSample) const
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
        return out;
    out.insert(QStringLiteral("query_dsl"), row.queryDsl);
    if (withSample)
        out.insert(QStringLiteral("contacts_sample"),
                   QJsonDocument::fromJson(row.sample.toUtf8()).array());
    out.insert(QStringLiteral("refreshes_used"), refreshesToday(row));
    out.insert(QStringLiteral("max_refreshes"), maxRefreshesPerDay);
    if (!row.lastRefreshedAt.isEmpty())
        out.insert(QStringLiteral("last_refreshed_at"), row.lastRefreshedAt);
    return out;
}
