// SPDX-License-Identifier: MIT
// The Segments 2.0 endpoints (segments-v2-api.md §4).
#include "contactgenerator.h"
#include "sandboxapi.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

const QString base = QStringLiteral("/v3/marketing/segments/2\\.0");

QStringList listParameter(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    for (const QString &key2 : {key, key + QStringLiteral("[]")}) {
        for (const QString &value : query.allQueryItemValues(key2, QUrl::FullyDecoded))
            values += value.split(u',', Qt::SkipEmptyParts);
    }
    return values;
}

SandboxResponse segmentNotFound()
{
    return SandboxResponse::fieldError(404, QStringLiteral("segment_id"),
                                       QStringLiteral("segment not found"));
}

} // namespace

void SandboxApi::addSegmentRoutes()
{
    add("GET", base, [this](const SandboxRequest &r, const QString &) { return listSegments(r); });
    add("POST", base,
        withBody([this](const QString &, const QJsonObject &body) { return createSegment(body); }));
    add("POST", base + QStringLiteral("/refresh/([^/]+)"),
        withBody([this](const QString &id, const QJsonObject &body) {
            return refreshSegment(id, body);
        }));
    add("GET", base + QStringLiteral("/([^/]+)"),
        [this](const SandboxRequest &r, const QString &id) { return getSegment(id, r); });
    add("PATCH", base + QStringLiteral("/([^/]+)"),
        withBody([this](const QString &id, const QJsonObject &body) {
            return updateSegment(id, body);
        }));
    add("DELETE", base + QStringLiteral("/([^/]+)"),
        [this](const SandboxRequest &, const QString &id) { return deleteSegment(id); });
}

SandboxResponse SandboxApi::listSegments(const SandboxRequest &request)
{
    const QStringList ids = listParameter(request.query, QStringLiteral("ids"));
    const QStringList parents = listParameter(request.query, QStringLiteral("parent_list_ids"));
    const bool parentless
        = request.query.queryItemValue(QStringLiteral("no_parent_list_id")) == u"true";
    if (parents.size() > 50)
        return SandboxResponse::fieldError(400, QStringLiteral("parent_list_ids"),
                                           QStringLiteral("at most 50 list ids are allowed"));
    QJsonArray results;
    for (const SegmentRow &row : m_engine.loadAll()) {
        const bool keep = !ids.isEmpty() ? ids.contains(row.id)
                                         : (parents.isEmpty() && !parentless)
                || (row.parentListId.isEmpty() ? parentless : parents.contains(row.parentListId));
        if (keep)
            results.append(m_engine.toJson(row, false, false));
    }
    return SandboxResponse::json(200, {{QStringLiteral("results"), results}});
}

std::optional<SandboxResponse> SandboxApi::nameProblem(const QJsonValue &name, const QString &ownId)
{
    const QString text = name.toString();
    if (!name.isString() || text.isEmpty() || text.size() > 100)
        return SandboxResponse::fieldError(400, QStringLiteral("name"),
                                           QStringLiteral("name must be 1 to 100 characters"));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM segments WHERE name = ? AND id != ?"),
                    {text, ownId.isNull() ? QStringLiteral("") : ownId})
            .isValid())
        return SandboxResponse::fieldError(
            400, QStringLiteral("name"), QStringLiteral("a segment with this name already exists"));
    return std::nullopt;
}

SandboxResponse SandboxApi::createSegment(const QJsonObject &body)
{
    if (auto problem = nameProblem(body.value(QStringLiteral("name")), {}))
        return *problem;
    const QJsonValue query = body.value(QStringLiteral("query_dsl"));
    if (!query.isString() || query.toString().trimmed().isEmpty())
        return SandboxResponse::fieldError(400, QStringLiteral("query_dsl"),
                                           QStringLiteral("query_dsl is required"));
    const QJsonArray parents = body.value(QStringLiteral("parent_list_ids")).toArray();
    const QString parent = parents.isEmpty() ? QString() : parents.first().toString();
    if (parents.size() > 1
        || (!parent.isEmpty()
            && !m_store.scalar(QStringLiteral("SELECT 1 FROM lists WHERE id = ?"), {parent})
                    .isValid()))
        return SandboxResponse::fieldError(400, QStringLiteral("parent_list_ids"),
                                           QStringLiteral("give at most one existing list id"));
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    SegmentRow row;
    row.id = ContactGenerator::uuid(random);
    row.name = body.value(QStringLiteral("name")).toString();
    row.queryDsl = query.toString();
    row.parentListId = parent;
    row.createdAt = row.updatedAt = SegmentEngine::stamp(m_engine.now());
    m_engine.markEdited(row);
    if (!m_engine.save(row))
        return SandboxResponse::fieldError(500, {}, m_store.lastError());
    return SandboxResponse::json(201, m_engine.toJson(row, true, true));
}

SandboxResponse SandboxApi::getSegment(const QString &id, const SandboxRequest &request)
{
    const auto row = m_engine.load(id);
    if (!row)
        return segmentNotFound();
    const bool withSample
        = request.query.queryItemValue(QStringLiteral("contacts_sample")) != u"false";
    return SandboxResponse::json(200, m_engine.toJson(*row, true, withSample));
}

SandboxResponse SandboxApi::updateSegment(const QString &id, const QJsonObject &body)
{
    auto row = m_engine.load(id);
    if (!row)
        return segmentNotFound();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != u"query_dsl")
            return SandboxResponse::fieldError(400, it.key(),
                                               QStringLiteral("only name and query_dsl can be "
                                                              "updated"));
    }
    if (body.contains(QStringLiteral("name"))) {
        if (auto problem = nameProblem(body.value(QStringLiteral("name")), id))
            return *problem;
        row->name = body.value(QStringLiteral("name")).toString();
    }
    if (body.contains(QStringLiteral("query_dsl"))) {
        const QJsonValue query = body.value(QStringLiteral("query_dsl"));
        if (!query.isString() || query.toString().trimmed().isEmpty())
            return SandboxResponse::fieldError(400, QStringLiteral("query_dsl"),
                                               QStringLiteral("query_dsl must not be empty"));
        if (query.toString() != row->queryDsl) {
            row->queryDsl = query.toString();
            m_engine.markEdited(*row);
        }
    }
    row->updatedAt = SegmentEngine::stamp(m_engine.now());
    if (!m_engine.save(*row))
        return SandboxResponse::fieldError(500, {}, m_store.lastError());
    return SandboxResponse::json(200, m_engine.toJson(*row, true, true));
}

SandboxResponse SandboxApi::deleteSegment(const QString &id)
{
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM segments WHERE id = ?"), {id}).isValid())
        return SandboxResponse::empty(404);
    m_store.run(QStringLiteral("DELETE FROM segments WHERE id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM refreshes WHERE segment_id = ?"), {id});
    return SandboxResponse::empty(202);
}

SandboxResponse SandboxApi::refreshSegment(const QString &id, const QJsonObject &body)
{
    if (m_options.plan == SandboxOptions::Plan::Free)
        return SandboxResponse::plainError(403,
                                           QStringLiteral("Manual refresh needs a paid "
                                                          "Marketing Campaigns plan."));
    const QString zone = body.value(QStringLiteral("user_time_zone")).toString();
    // QTimeZone(id).isValid(), not isTimeZoneIdAvailable(): the latter misses Etc/UTC and other
    // zones that are not in zone.tab.
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        return SandboxResponse::fieldError(400, QStringLiteral("user_time_zone"),
                                           QStringLiteral("user_time_zone must be an IANA time "
                                                          "zone such as America/Chicago"));
    auto row = m_engine.load(id);
    if (!row)
        return SandboxResponse::plainError(404, QStringLiteral("Segment does not exist."));
    if (auto refusal = refreshRefusal(*row, zone))
        return *refusal;
    const QString now = SegmentEngine::stamp(m_engine.now());
    m_store.run(QStringLiteral("INSERT INTO refreshes (segment_id, at) VALUES (?, ?)"), {id, now});
    row->lastRefreshedAt = now;
    row->refreshZone = zone;
    if (row->validation == u"VALID")
        m_engine.recompute(*row);
    m_engine.save(*row);
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    return SandboxResponse::json(202, {{QStringLiteral("job_id"), ContactGenerator::uuid(random)}});
}

std::optional<SandboxResponse> SandboxApi::refreshRefusal(const SegmentRow &row,
                                                          const QString &zone)
{
    const QDateTime midnight = m_engine.startOfDay(zone);
    const bool refused = m_engine.refreshesSince(m_engine.now().addSecs(-3600), row.id) >= 1
        || m_engine.refreshesSince(midnight, row.id) >= SegmentEngine::maxRefreshesPerDay
        || m_engine.refreshesSince(midnight) >= SegmentEngine::accountRefreshesPerDay;
    if (!refused)
        return std::nullopt;
    // The spec documents this 429 without a body: 1 per segment per hour, 2 per segment per
    // day and 10 per account per day; the client explains it from refreshes_used.
    return SandboxResponse::empty(429);
}
