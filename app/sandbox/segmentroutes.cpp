// SPDX-License-Identifier: MIT
// The Segments 2.0 endpoints (segments-v2-api.md §4).
#include "contactgenerator.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "segmenttable.h"

#include <QJsonArray>

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
    addDeferred("POST", base + QStringLiteral("/refresh/([^/]+)"),
                withBodyDeferred([this](const QString &id, const QJsonObject &body,
                                        const Reply &reply) { refreshSegment(id, body, reply); }));
    addDeferred("GET", base + QStringLiteral("/([^/]+)"),
                [this](const SandboxRequest &r, const QString &id, const Reply &reply) {
                    getSegment(id, r, reply);
                });
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
    const Result<QList<SegmentRow>> rows = m_engine.loadAll();
    if (!rows.isOk())
        return SandboxResponse::serverError(rows.error());
    // The list never waits for a count: what is due is counted in the background.
    m_scheduler.scheduleDue(rows.value());
    QJsonArray results;
    for (const SegmentRow &row : rows.value()) {
        const bool keep = !ids.isEmpty() ? ids.contains(row.id)
                                         : (parents.isEmpty() && !parentless)
                || (row.parentListId.isEmpty() ? parentless : parents.contains(row.parentListId));
        if (!keep)
            continue;
        const Result<QJsonObject> json = m_engine.toJson(row, false, false);
        if (!json.isOk())
            return SandboxResponse::serverError(json.error());
        results.append(json.value());
    }
    return SandboxResponse::json(200, {{QStringLiteral("results"), results}});
}

SandboxResponse SandboxApi::segmentJson(int status, const SegmentRow &row, bool withSample) const
{
    const Result<QJsonObject> json = m_engine.toJson(row, true, withSample);
    return json.isOk() ? SandboxResponse::json(status, json.value())
                       : SandboxResponse::serverError(json.error());
}

SandboxResponse SandboxApi::createSegment(const QJsonObject &body)
{
    if (auto problem = nameProblem(body.value(QStringLiteral("name")), {}))
        return *problem;
    const QJsonValue query = body.value(QStringLiteral("query_dsl"));
    if (auto problem = queryProblem(query))
        return *problem;
    const QJsonValue parents = body.value(QStringLiteral("parent_list_ids"));
    if (auto problem = parentProblem(parents))
        return *problem;
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    SegmentRow row;
    row.id = ContactGenerator::uuid(random);
    row.name = body.value(QStringLiteral("name")).toString();
    row.queryDsl = query.toString();
    row.parentListId = parents.toArray().isEmpty() ? QString() : parents[0].toString();
    row.createdAt = row.updatedAt = SegmentEngine::stamp(m_engine.now());
    m_engine.markEdited(row);
    if (VoidResult saved = m_engine.save(row); !saved.isOk())
        return SandboxResponse::serverError(saved.error());
    return segmentJson(201, row, true);
}

// A read waits for its segment's due evaluation (on the pool; the deadline bounds it), so it
// shows the validation and count as of now; other requests are answered meanwhile.
void SandboxApi::getSegment(const QString &id, const SandboxRequest &request, const Reply &reply)
{
    const auto row = m_engine.load(id);
    if (!row.isOk())
        return reply(SandboxResponse::serverError(row.error()));
    if (!row.value())
        return reply(segmentNotFound());
    const bool withSample
        = request.query.queryItemValue(QStringLiteral("contacts_sample")) != u"false";
    m_scheduler.settle(*row.value(), false,
                       [this, id, withSample, reply] { reply(currentSegment(id, withSample)); });
}

SandboxResponse SandboxApi::currentSegment(const QString &id, bool withSample)
{
    const auto row = m_engine.load(id);
    if (!row.isOk())
        return SandboxResponse::serverError(row.error());
    return row.value() ? segmentJson(200, *row.value(), withSample) : segmentNotFound();
}

SandboxResponse SandboxApi::updateSegment(const QString &id, const QJsonObject &body)
{
    auto loaded = m_engine.load(id);
    if (!loaded.isOk())
        return SandboxResponse::serverError(loaded.error());
    if (!loaded.value())
        return segmentNotFound();
    SegmentRow &row = *loaded.value();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != u"query_dsl")
            return SandboxResponse::fieldError(400, it.key(),
                                               QStringLiteral("only name and query_dsl can be "
                                                              "updated"));
    }
    if (body.contains(QStringLiteral("name"))) {
        if (auto problem = nameProblem(body.value(QStringLiteral("name")), id))
            return *problem;
        row.name = body.value(QStringLiteral("name")).toString();
    }
    if (body.contains(QStringLiteral("query_dsl"))) {
        const QJsonValue query = body.value(QStringLiteral("query_dsl"));
        if (auto problem = queryProblem(query))
            return *problem;
        if (query.toString() != row.queryDsl) {
            row.queryDsl = query.toString();
            m_engine.markEdited(row);
        }
    }
    row.updatedAt = SegmentEngine::stamp(m_engine.now());
    if (VoidResult saved = m_engine.save(row); !saved.isOk())
        return SandboxResponse::serverError(saved.error());
    return segmentJson(200, row, true);
}

SandboxResponse SandboxApi::deleteSegment(const QString &id)
{
    const Result<bool> known = SegmentTable(m_store).exists(id);
    if (!known.isOk())
        return SandboxResponse::serverError(known.error());
    if (!known.value())
        return SandboxResponse::empty(404);
    const VoidResult deleted = SegmentTable(m_store).remove(id);
    return deleted.isOk() ? SandboxResponse::empty(202)
                          : SandboxResponse::serverError(deleted.error());
}
