// SPDX-License-Identifier: MIT
// Contacts search (SGQL v1) and count (segments-v2-api.md §7.3).
#include "query/fieldcatalogue.h"
#include "query/parser.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "segmentevaluator.h"

void SandboxApi::addContactRoutes()
{
    add("POST", QStringLiteral("/v3/marketing/contacts/search"),
        withBody(
            [this](const QString &, const QJsonObject &body) { return searchContacts(body); }));
    add("GET", QStringLiteral("/v3/marketing/contacts/count"),
        [this](const SandboxRequest &, const QString &) { return countContacts(); });
}

SandboxResponse SandboxApi::searchContacts(const QJsonObject &body)
{
    const QString query = body.value(QStringLiteral("query")).toString();
    if (query.trimmed().isEmpty())
        return SandboxResponse::fieldError(400, QStringLiteral("query"),
                                           QStringLiteral("query is required"));
    const ParsedQuery expression = QueryParser::parseExpression(query);
    if (expression.hasErrors())
        return SandboxResponse::fieldError(400, QStringLiteral("query"),
                                           expression.diagnostics.constFirst().toString());
    // An SGQL v1 condition is the WHERE part of a V2 statement over contact_data.
    SelectStatement statement;
    statement.from.table = FieldCatalogue::contactTable();
    statement.where = expression.expression;
    const SegmentEvaluator evaluator(m_store);
    const Evaluation result
        = evaluator.evaluate(statement, {}, SegmentEvaluator::Shape::ContactSearch);
    if (!result.error.isEmpty())
        return SandboxResponse::fieldError(400, QStringLiteral("query"), result.error);
    return SandboxResponse::json(
        200,
        {{QStringLiteral("result"), withSegmentIds(evaluator, result.sample)},
         {QStringLiteral("contact_count"), result.count},
         {QStringLiteral("_metadata"),
          QJsonObject {{QStringLiteral("self"),
                        QStringLiteral("https://api.sendgrid.com/v3/marketing/contacts/"
                                       "search")}}}});
}

QJsonArray SandboxApi::withSegmentIds(const SegmentEvaluator &evaluator, const QJsonArray &contacts)
{
    QStringList ids;
    for (const QJsonValue &c : contacts)
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    QHash<QString, QJsonArray> segmentsOf;
    for (const SegmentRow &row : m_engine.loadAll()) {
        if (row.validation != u"VALID")
            continue;
        for (const QString &member : evaluator.members(row.queryDsl, ids))
            segmentsOf[member].append(row.id);
    }
    QJsonArray out;
    for (const QJsonValue &c : contacts) {
        QJsonObject contact = c.toObject();
        contact.insert(QStringLiteral("segment_ids"),
                       segmentsOf.value(contact.value(QStringLiteral("id")).toString()));
        out.append(contact);
    }
    return out;
}

SandboxResponse SandboxApi::countContacts()
{
    const qint64 count
        = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_data")).toLongLong();
    return SandboxResponse::json(
        200, {{QStringLiteral("contact_count"), count}, {QStringLiteral("billable_count"), count}});
}
