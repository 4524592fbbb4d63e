// SPDX-License-Identifier: MIT
#include "segmentevaluator.h"

#include "query/parser.h"
#include "query/sqlitecompiler.h"
#include "sandboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace {

QJsonArray arrayColumn(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace

SegmentEvaluator::SegmentEvaluator(SandboxStore &store)
    : m_store(store)
    , m_customFields(store.customFieldColumns())
{ }

Result<CompiledSql> SegmentEvaluator::compile(const QString &queryDsl) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(queryDsl);
    if (parsed.hasErrors() || !parsed.statement)
        return Result<CompiledSql>::failure(QStringLiteral("The query does not parse"));
    CompiledSql compiled
        = SqliteCompiler::compile(*parsed.statement, QDateTime::currentDateTimeUtc());
    if (!compiled.ok())
        return Result<CompiledSql>::failure(compiled.error);
    return Result<CompiledSql>::success(std::move(compiled));
}

Result<Evaluation> SegmentEvaluator::evaluate(const QString &queryDsl, const QString &parentListId,
                                              Shape shape) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(queryDsl);
    if (parsed.hasErrors() || !parsed.statement)
        return Result<Evaluation>::failure(QStringLiteral("The query does not parse"));
    return evaluate(*parsed.statement, parentListId, shape);
}

VoidResult SegmentEvaluator::check(const QString &queryDsl) const
{
    const Result<CompiledSql> compiled = compile(queryDsl);
    if (!compiled.isOk())
        return VoidResult::failure(compiled.error());
    // SQLite reports most of what it cannot run (an expression tree too deep, a column that
    // no longer exists) when it prepares the statement.
    return m_store.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(compiled.value().sql));
}

Result<QStringList> SegmentEvaluator::members(const QString &queryDsl,
                                              const QStringList &contactIds) const
{
    if (contactIds.isEmpty())
        return Result<QStringList>::success({});
    const Result<CompiledSql> compiled = compile(queryDsl);
    if (!compiled.isOk())
        return Result<QStringList>::failure(compiled.error());
    QVariantList bindings = compiled.value().bindings;
    for (const QString &id : contactIds)
        bindings.append(id);
    QStringList placeholders(contactIds.size(), QStringLiteral("?"));
    auto rows = m_store.run(QStringLiteral("SELECT m.contact_id FROM (%1) AS m WHERE m.contact_id "
                                           "IN (%2)")
                                .arg(compiled.value().sql, placeholders.join(u',')),
                            bindings);
    if (!rows.isOk())
        return Result<QStringList>::failure(rows.error());
    QStringList found;
    while (rows.value().next())
        found.append(rows.value().value(0).toString());
    return Result<QStringList>::success(found);
}

Result<Evaluation> SegmentEvaluator::evaluate(const SelectStatement &statement,
                                              const QString &parentListId, Shape shape) const
{
    const CompiledSql compiled
        = SqliteCompiler::compile(statement, QDateTime::currentDateTimeUtc());
    if (!compiled.ok())
        return Result<Evaluation>::failure(compiled.error);
    QString members = QStringLiteral("SELECT m.contact_id FROM (%1) AS m").arg(compiled.sql);
    QVariantList bindings = compiled.bindings;
    if (!parentListId.isEmpty()) {
        members += QStringLiteral(" WHERE m.contact_id IN (SELECT contact_id FROM list_members "
                                  "WHERE list_id = ?)");
        bindings.append(parentListId);
    }
    Evaluation result;
    const Result<QVariant> count
        = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(members), bindings);
    if (!count.isOk())
        return Result<Evaluation>::failure(count.error());
    result.count = count.value().toLongLong();
    auto rows = m_store.run(QStringLiteral("SELECT * FROM contact_data WHERE contact_id IN "
                                           "(%1 LIMIT %2) ORDER BY email")
                                .arg(members)
                                .arg(sampleSize),
                            bindings);
    if (!rows.isOk())
        return Result<Evaluation>::failure(rows.error());
    while (rows.value().next())
        result.sample.append(contactJson(rows.value().record(), shape));
    return Result<Evaluation>::success(std::move(result));
}

QJsonObject SegmentEvaluator::contactJson(const QSqlRecord &r, Shape shape) const
{
    QJsonObject contact {
        {QStringLiteral("id"), r.value("contact_id").toString()},
        {QStringLiteral("alternate_emails"), arrayColumn(r.value("alternate_emails"))},
        {QStringLiteral("list_ids"), arrayColumn(r.value("list_ids"))}};
    for (const char *text : {"email", "external_id", "first_name", "last_name", "address_line_1",
                             "address_line_2", "city", "state_province_region", "country"}) {
        const QVariant value = r.value(text);
        if (!value.isNull() || qstrcmp(text, "email") != 0)
            contact.insert(QLatin1String(text), value.toString());
    }
    // The segments contact_response declares postal_code an integer, the contacts API a
    // string (segments-v2-api.md §8.5).
    bool numeric = false;
    const qint64 postal = r.value("postal_code").toString().toLongLong(&numeric);
    const bool asNumber = numeric && shape == Shape::SegmentSample;
    contact.insert(QStringLiteral("postal_code"),
                   asNumber ? QJsonValue(postal) : QJsonValue(r.value("postal_code").toString()));
    if (shape == Shape::ContactSearch) {
        contact.insert(QStringLiteral("created_at"), r.value("created_at").toString());
        contact.insert(QStringLiteral("updated_at"), r.value("updated_at").toString());
    }
    QJsonObject custom;
    for (const QString &field : m_customFields) {
        const QVariant value = r.value(field);
        if (!value.isNull())
            custom.insert(field, QJsonValue::fromVariant(value));
    }
    contact.insert(QStringLiteral("custom_fields"), custom);
    return contact;
}
