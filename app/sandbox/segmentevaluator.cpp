// SPDX-License-Identifier: MIT
#include "segmentevaluator.h"

#include "query/parser.h"
#include "query/sqlitecompiler.h"
#include "sandboxstore.h"
#include "sqlitestatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray arrayColumn(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

/// The SQL that lists the members of `compiled` (within `parentListId` unless it is empty),
/// and its bindings.
std::pair<QString, QVariantList> membersOf(const CompiledSql &compiled, const QString &parentListId)
{
    QString members = QStringLiteral("SELECT m.contact_id FROM (%1) AS m").arg(compiled.sql);
    QVariantList bindings = compiled.bindings;
    if (!parentListId.isEmpty()) {
        members += QStringLiteral(" WHERE m.contact_id IN (SELECT contact_id FROM list_members "
                                  "WHERE list_id = ?)");
        bindings.append(parentListId);
    }
    return {members, bindings};
}

/// The first column of every row of `rows` (contact ids), or SQLite's error.
Result<QStringList> firstColumn(SqliteStatement &rows)
{
    QStringList values;
    while (rows.next())
        values.append(rows.value(0).toString());
    return rows.failed() ? Result<QStringList>::failure(rows.error())
                         : Result<QStringList>::success(values);
}

} // namespace

SegmentEvaluator::SegmentEvaluator(SandboxStore &store, QDateTime now)
    : m_store(store)
    , m_customFields(store.customFieldColumns())
    , m_now(std::move(now))
{ }

Result<CompiledSql> SegmentEvaluator::compile(const QString &queryDsl) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(queryDsl);
    if (parsed.hasErrors() || !parsed.statement)
        return Result<CompiledSql>::failure(QStringLiteral("The query does not parse"));
    CompiledSql compiled = SqliteCompiler::compile(*parsed.statement, m_now);
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
    const SqliteStatement prepared(
        m_store.nativeHandle(),
        QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(compiled.value().sql));
    return prepared.isPrepared() ? VoidResult::success() : VoidResult::failure(prepared.error());
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
    const QStringList placeholders(contactIds.size(), QStringLiteral("?"));
    SqliteStatement rows(m_store.nativeHandle(),
                         QStringLiteral("SELECT m.contact_id FROM (%1) AS m WHERE m.contact_id "
                                        "IN (%2)")
                             .arg(compiled.value().sql, placeholders.join(u',')));
    rows.bindAll(bindings);
    return firstColumn(rows);
}

Result<Evaluation> SegmentEvaluator::evaluate(const SelectStatement &statement,
                                              const QString &parentListId, Shape shape) const
{
    const CompiledSql compiled = SqliteCompiler::compile(statement, m_now);
    if (!compiled.ok())
        return Result<Evaluation>::failure(compiled.error);
    const auto [members, bindings] = membersOf(compiled, parentListId);
    const Result<qint64> counted = count(members, bindings);
    if (!counted.isOk())
        return Result<Evaluation>::failure(counted.error());
    Result<QJsonArray> sampled = sample(members, bindings, shape);
    if (!sampled.isOk())
        return Result<Evaluation>::failure(sampled.error());
    return Result<Evaluation>::success({counted.value(), std::move(sampled.value())});
}

Result<QStringList> SegmentEvaluator::memberIds(const SelectStatement &statement,
                                                const QString &parentListId) const
{
    const CompiledSql compiled = SqliteCompiler::compile(statement, m_now);
    if (!compiled.ok())
        return Result<QStringList>::failure(compiled.error);
    const auto [members, bindings] = membersOf(compiled, parentListId);
    SqliteStatement rows(m_store.nativeHandle(), members);
    rows.bindAll(bindings);
    return firstColumn(rows);
}

Result<QJsonArray> SegmentEvaluator::contacts(const QStringList &ids, Shape shape) const
{
    if (ids.isEmpty())
        return Result<QJsonArray>::success({});
    const QStringList placeholders(ids.size(), QStringLiteral("?"));
    SqliteStatement rows(m_store.nativeHandle(),
                         QStringLiteral("SELECT * FROM contact_data WHERE contact_id IN (%1) "
                                        "ORDER BY email")
                             .arg(placeholders.join(u',')));
    rows.bindAll(QVariantList(ids.cbegin(), ids.cend()));
    QJsonArray found;
    while (rows.next())
        found.append(contactJson(rows, shape));
    return rows.failed() ? Result<QJsonArray>::failure(rows.error())
                         : Result<QJsonArray>::success(found);
}

Result<qint64> SegmentEvaluator::count(const QString &members, const QVariantList &bindings) const
{
    SqliteStatement counted(m_store.nativeHandle(),
                            QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(members));
    counted.bindAll(bindings);
    return counted.next() ? Result<qint64>::success(counted.value(0).toLongLong())
                          : Result<qint64>::failure(counted.error());
}

Result<QJsonArray> SegmentEvaluator::sample(const QString &members, const QVariantList &bindings,
                                            Shape shape) const
{
    SqliteStatement rows(m_store.nativeHandle(),
                         QStringLiteral("SELECT * FROM contact_data WHERE contact_id IN (%1 LIMIT "
                                        "%2) ORDER BY email")
                             .arg(members)
                             .arg(sampleSize));
    rows.bindAll(bindings);
    QJsonArray sample;
    while (rows.next())
        sample.append(contactJson(rows, shape));
    return rows.failed() ? Result<QJsonArray>::failure(rows.error())
                         : Result<QJsonArray>::success(sample);
}

QJsonObject SegmentEvaluator::contactJson(const SqliteStatement &r, Shape shape) const
{
    QJsonObject contact {
        {QStringLiteral("id"), r.value(QStringLiteral("contact_id")).toString()},
        {QStringLiteral("alternate_emails"),
         arrayColumn(r.value(QStringLiteral("alternate_emails")))},
        {QStringLiteral("list_ids"), arrayColumn(r.value(QStringLiteral("list_ids")))}};
    for (const char *text : {"email", "external_id", "first_name", "last_name", "address_line_1",
                             "address_line_2", "city", "state_province_region", "country"}) {
        const QVariant value = r.value(QLatin1String(text));
        if (!value.isNull() || qstrcmp(text, "email") != 0)
            contact.insert(QLatin1String(text), value.toString());
    }
    // The segments contact_response declares postal_code an integer, the contacts API a
    // string (segments-v2-api.md §8.5).
    const QString postalCode = r.value(QStringLiteral("postal_code")).toString();
    bool numeric = false;
    const qint64 postal = postalCode.toLongLong(&numeric);
    const bool asNumber = numeric && shape == Shape::SegmentSample;
    contact.insert(QStringLiteral("postal_code"),
                   asNumber ? QJsonValue(postal) : QJsonValue(postalCode));
    if (shape == Shape::ContactSearch) {
        contact.insert(QStringLiteral("created_at"),
                       r.value(QStringLiteral("created_at")).toString());
        contact.insert(QStringLiteral("updated_at"),
                       r.value(QStringLiteral("updated_at")).toString());
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
