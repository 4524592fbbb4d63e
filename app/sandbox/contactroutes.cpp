// SPDX-License-Identifier: MIT
// Contacts search (SGQL v1) and count (segments-v2-api.md §7.3).
#include "contactsearch.h"
#include "contactwriter.h"
#include "evaluationpool.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "segmentpreview.h"

#include <QJsonArray>

#include <QUuid>

void SandboxApi::addContactRoutes()
{
    addDeferred("POST", QStringLiteral("/v3/marketing/contacts/search"),
                withBodyDeferred([this](const QString &, const QJsonObject &body,
                                        const Reply &reply) { searchContacts(body, reply); }));
    addDeferred("POST", QStringLiteral("/__sandbox/segments/preview"),
                withBodyDeferred([this](const QString &, const QJsonObject &body,
                                        const Reply &reply) { previewSegment(body, reply); }));
    add("GET", QStringLiteral("/v3/marketing/contacts/count"),
        [this](const SandboxRequest &, const QString &) { return countContacts(); });
}

// The search runs on the evaluation pool; the answer follows once it ends, or 408 once the
// deadline (SendGrid's 20 s) ends it, and the server answers other requests meanwhile.
void SandboxApi::searchContacts(const QJsonObject &body, const Reply &reply)
{
    const QString query = body.value(QStringLiteral("query")).toString();
    if (query.trimmed().isEmpty())
        return reply(SandboxResponse::fieldError(400, QStringLiteral("query"),
                                                 QStringLiteral("query is required")));
    const Result<QList<SegmentRow>> rows = m_engine.loadAll();
    if (!rows.isOk())
        return reply(SandboxResponse::serverError(rows.error()));
    m_scheduler.scheduleDue(rows.value());
    QList<ContactSearch::Segment> segments;
    for (const SegmentRow &row : rows.value()) {
        if (row.validation == u"VALID")
            segments.append({row.id, row.queryDsl});
    }
    m_pool.submit(QStringLiteral("search:") + QUuid::createUuid().toString(),
                  EvaluationPool::Priority::Waited,
                  [this, query, segments, reply,
                   now = m_engine.now()](SandboxStore &store, const QueryDeadline &deadline) {
                      const ContactSearch::Answer answer
                          = ContactSearch(store, deadline, now).run(query, segments);
                      return [this, answer, segments, reply] {
                          invalidateBroken(answer.broken, segments);
                          reply(searchResponse(answer));
                      };
                  });
}

// Beyond SendGrid's API: what an unsaved query would count once saved, engagement included,
// and against the saved query who joins and who leaves, for the app's live preview. Each figure
// in the contacts search's shape; 408 past the deadline, as a search.
void SandboxApi::previewSegment(const QJsonObject &body, const Reply &reply)
{
    const QJsonValue query = body.value(QStringLiteral("query_dsl"));
    const QJsonValue saved = body.value(QStringLiteral("saved_query_dsl"));
    const QJsonArray parents = body.value(QStringLiteral("parent_list_ids")).toArray();
    if (!query.isString() || query.toString().trimmed().isEmpty())
        return reply(SandboxResponse::fieldError(400, QStringLiteral("query_dsl"),
                                                 QStringLiteral("query_dsl is required")));
    if (!(saved.isUndefined() || saved.isString()) || parents.size() > 1
        || (!parents.isEmpty() && !parents.first().isString()))
        return reply(SandboxResponse::fieldError(
            400, {}, QStringLiteral("saved_query_dsl is a string; parent_list_ids holds one id")));
    m_pool.submit(QStringLiteral("preview:") + QUuid::createUuid().toString(),
                  EvaluationPool::Priority::Waited,
                  [reply, query = query.toString(), saved = saved.toString(),
                   parent = parents.isEmpty() ? QString() : parents.first().toString(),
                   now = m_engine.now()](SandboxStore &store, const QueryDeadline &deadline) {
                      const SegmentPreview::Answer answer
                          = SegmentPreview(store, deadline, now).run(query, saved, parent);
                      return [reply, answer] { reply(previewResponse(answer)); };
                  });
}

SandboxResponse SandboxApi::previewResponse(const SegmentPreview::Answer &answer)
{
    if (answer.kind == ContactSearch::Answer::Kind::Refused)
        return SandboxResponse::fieldError(400, QStringLiteral("query_dsl"), answer.problem);
    if (answer.kind == ContactSearch::Answer::Kind::TimedOut)
        return SandboxResponse::empty(408);
    const auto json = [](const SegmentPreview::Figure &figure) {
        return QJsonObject {{QStringLiteral("result"), figure.contacts},
                            {QStringLiteral("contact_count"), figure.count}};
    };
    QJsonObject body {{QStringLiteral("matches"), json(answer.matches)}};
    if (answer.joins && answer.leaves) {
        body.insert(QStringLiteral("joins"), json(*answer.joins));
        body.insert(QStringLiteral("leaves"), json(*answer.leaves));
    }
    return SandboxResponse::json(200, body);
}

// A segment SQLite could not run for segment_ids says so in its own status, unless its query
// was edited meanwhile.
void SandboxApi::invalidateBroken(const QList<std::pair<QString, QString>> &broken,
                                  const QList<ContactSearch::Segment> &searched)
{
    for (const auto &entry : broken) {
        const QString &id = entry.first; // a lambda below captures it: no structured binding
        const QString &problem = entry.second;
        auto row = m_engine.load(id);
        const auto was
            = std::find_if(searched.begin(), searched.end(),
                           [&id](const ContactSearch::Segment &s) { return s.id == id; });
        if (was == searched.end() || !row.isOk() || !row.value()
            || row.value()->queryDsl != was->queryDsl)
            continue;
        if (VoidResult saved = m_engine.invalidate(*row.value(), problem); !saved.isOk())
            qWarning("sandbox: cannot save segment %s: %s", qPrintable(id),
                     qPrintable(saved.error()));
    }
}

SandboxResponse SandboxApi::searchResponse(const ContactSearch::Answer &answer)
{
    switch (answer.kind) {
    case ContactSearch::Answer::Kind::Refused:
        return SandboxResponse::fieldError(400, QStringLiteral("query"), answer.problem);
    case ContactSearch::Answer::Kind::TimedOut:
        return SandboxResponse::empty(408); // the spec documents this answer without a body
    case ContactSearch::Answer::Kind::Found:
        break;
    }
    return SandboxResponse::json(
        200,
        {{QStringLiteral("result"), answer.contacts},
         {QStringLiteral("contact_count"), answer.count},
         {QStringLiteral("_metadata"),
          QJsonObject {{QStringLiteral("self"),
                        QStringLiteral("https://api.sendgrid.com/v3/marketing/contacts/"
                                       "search")}}}});
}

SandboxResponse SandboxApi::countContacts()
{
    const Result<qint64> counted = ContactWriter::count(m_store);
    if (!counted.isOk())
        return SandboxResponse::fieldError(500, {}, counted.error());
    const qint64 count = counted.value();
    return SandboxResponse::json(
        200, {{QStringLiteral("contact_count"), count}, {QStringLiteral("billable_count"), count}});
}
