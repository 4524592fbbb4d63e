// SPDX-License-Identifier: MIT
#include "seededstore.h"

#include "query/parser.h"
#include "query/sqlitecompiler.h"
#include "sandbox/contactgenerator.h"
#include "sandbox/fieldtable.h"

VoidResult SeededStore::open(FieldCatalogue *catalogue)
{
    const VoidResult opened = m_store.open(QString());
    if (!opened.isOk())
        return opened;
    const VoidResult generated = ContactGenerator(m_store, 20261126, m_now).generate(ContactCount);
    if (!generated.isOk() || !catalogue)
        return generated;
    const auto fields = FieldTable(m_store).all();
    if (!fields.isOk())
        return VoidResult::failure(fields.error());
    *catalogue = FieldCatalogue(fields.value());
    return VoidResult::success();
}

Result<QStringList> SeededStore::members(const QString &query) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(query);
    if (parsed.hasErrors())
        return Result<QStringList>::failure(QStringLiteral("does not parse: ")
                                            + parsed.diagnostics.first().toString());
    const CompiledSql compiled = SqliteCompiler::compile(*parsed.statement, m_now);
    if (!compiled.ok())
        return Result<QStringList>::failure(QStringLiteral("does not compile: ") + compiled.error);
    Result<QSqlQuery> rows = m_store.run(compiled.sql, compiled.bindings);
    if (!rows.isOk())
        return Result<QStringList>::failure(rows.error());
    QStringList ids;
    while (rows.value().next())
        ids << rows.value().value(0).toString();
    ids.sort();
    return Result<QStringList>::success(ids);
}

Result<QList<std::pair<QString, QString>>> SeededStore::starterSegments() const
{
    using Segments = QList<std::pair<QString, QString>>;
    Result<QSqlQuery> rows = m_store.run(QStringLiteral("SELECT name, query_dsl FROM segments "
                                                        "ORDER BY name"));
    if (!rows.isOk())
        return Result<Segments>::failure(rows.error());
    Segments out;
    while (rows.value().next())
        out.append({rows.value().value(0).toString(), rows.value().value(1).toString()});
    return Result<Segments>::success(out);
}
