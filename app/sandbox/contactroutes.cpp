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
    const Result<Evaluation> result
        = evaluator.evaluate(statement, {}, SegmentEvaluator::Shape::ContactSearch);
    if (!result.isOk())
        return SandboxResponse::fieldError(400, QStringLiteral("query"), result.error());
    const Result<QJsonArray> contacts = withSegmentIds(evaluator, result.value().sample);
    if (!contacts.isOk())
        return SandboxResponse::fieldError(500, {}, contacts.error());
    return SandboxResponse::json(
        200,
        {{QStringLiteral("result"), contacts.value()},
         {QStringLiteral("contact_count"), result.value().count},
         {QStringLiteral("_metadata"),
          QJsonObject {{QStringLiteral("self"),
                        QStringLiteral("https://api.sendgrid.com/v3/marketing/contacts/"
                                       "search")}}}});
}

Result<QJsonArray> SandboxApi::withSegmentIds(const SegmentEvaluator &evaluator,
                                              const QJsonArray &contacts)
{
    QStringList ids;
    for (const QJsonValue &c : contacts)
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    QHash<QString, QJsonArray> segmentsOf;
    Result<QList<SegmentRow>> rows = m_engine.loadAll();
    if (!rows.isOk())
        return Result<QJsonArray>::failure(rows.error());
    for (SegmentRow &row : rows.value()) {
        if (row.validation != u"VALID")
            continue;
        const Result<QStringList> members = evaluator.members(row.queryDsl, ids);
        if (!members.isOk()) {
            // A segment SQLite cannot run says so in its own status, not by silence here.
            if (VoidResult saved = m_engine.invalidate(row, members.error()); !saved.isOk())
                return Result<QJsonArray>::failure(saved.error());
            continue;
        }
        for (const QString &member : members.value())
            segmentsOf[member].append(row.id);
    }
    QJsonArray out;
    for (const QJsonValue &c : contacts) {
        QJsonObject contact = c.toObject();
        contact.insert(QStringLiteral("segment_ids"),
                       segmentsOf.value(contact.value(QStringLiteral("id")).toString()));
        out.append(contact);
    }
    return Result<QJsonArray>::success(out);
}

SandboxResponse SandboxApi::countContacts()
{
    const Result<QVariant> counted
        = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_data"));
    if (!counted.isOk())
        return SandboxResponse::fieldError(500, {}, counted.error());
    const qint64 count = counted.value().toLongLong();
    return SandboxResponse::json(
        200, {{QStringLiteral("contact_count"), count}, {QStringLiteral("billable_count"), count}});
}
