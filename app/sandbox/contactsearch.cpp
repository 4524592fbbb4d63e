// SPDX-License-Identifier: MIT
#include "contactsearch.h"

#include "query/fieldcatalogue.h"
#include "query/parser.h"
#include "querydeadline.h"
#include "segmentevaluator.h"

#include <QHash>
#include <QJsonObject>

ContactSearch::ContactSearch(SandboxStore &store, const QueryDeadline &deadline, QDateTime now)
    : m_store(store)
    , m_deadline(deadline)
    , m_now(std::move(now))
{ }

ContactSearch::Answer ContactSearch::run(const QString &query, const QList<Segment> &segments) const
{
    Answer result;
    const ParsedQuery expression = QueryParser::parseExpression(query);
    if (expression.hasErrors()) {
        result.kind = Answer::Kind::Refused;
        result.problem = expression.diagnostics.constFirst().toString();
        return result;
    }
    // An SGQL v1 condition is the WHERE part of a V2 statement over contact_data.
    SelectStatement statement;
    statement.from.table = FieldCatalogue::contactTable();
    statement.where = expression.expression;
    const Result<Evaluation> found
        = SegmentEvaluator(m_store, m_now)
              .evaluate(statement, {}, SegmentEvaluator::Shape::ContactSearch);
    if (!found.isOk()) {
        result.kind = m_deadline.expired() ? Answer::Kind::TimedOut : Answer::Kind::Refused;
        result.problem = found.error();
        return result;
    }
    result.count = found.value().count;
    result.contacts = found.value().sample;
    if (!withSegmentIds(result, segments))
        result.kind = Answer::Kind::TimedOut;
    return result;
}

// False when the deadline ended it.
bool ContactSearch::withSegmentIds(Answer &result, const QList<Segment> &segments) const
{
    QStringList ids;
    for (const QJsonValue c : std::as_const(result.contacts))
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    const SegmentEvaluator evaluator(m_store, m_now);
    QHash<QString, QJsonArray> segmentsOf;
    for (const Segment &segment : segments) {
        const auto members = evaluator.members(segment.queryDsl, ids);
        if (m_deadline.expired())
            return false;
        // A segment SQLite cannot run says so in its own status, not by silence here.
        if (!members.isOk()) {
            result.broken.append({segment.id, members.error()});
            continue;
        }
        for (const QString &member : members.value())
            segmentsOf[member].append(segment.id);
    }
    QJsonArray out;
    for (const QJsonValue c : std::as_const(result.contacts)) {
        QJsonObject contact = c.toObject();
        contact.insert(QStringLiteral("segment_ids"),
                       segmentsOf.value(contact.value(QStringLiteral("id")).toString()));
        out.append(contact);
    }
    result.contacts = out;
    return true;
}
