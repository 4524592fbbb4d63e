// SPDX-License-Identifier: MIT
#include "fieldtable.h"

#include "sandboxstore.h"

Result<QList<FieldDefinition>> FieldTable::all() const
{
    QList<FieldDefinition> fields;
    auto rows = m_store.run(
        QStringLiteral("SELECT id, name, field_type FROM field_definitions ORDER BY rowid"));
    if (!rows.isOk())
        return Result<QList<FieldDefinition>>::failure(rows.error());
    while (rows.value().next()) {
        FieldDefinition f;
        f.id = rows.value().value(0).toString();
        f.name = rows.value().value(1).toString();
        f.type = FieldDefinition::typeFromName(rows.value().value(2).toString())
                     .value_or(FieldDefinition::Type::Text);
        fields.append(f);
    }
    return Result<QList<FieldDefinition>>::success(fields);
}

Result<std::optional<QString>> FieldTable::nameOf(const QString &id) const
{
    using Name = Result<std::optional<QString>>;
    const Result<QVariant> name
        = m_store.scalar(QStringLiteral("SELECT name FROM field_definitions WHERE id = ?"), {id});
    if (!name.isOk())
        return Name::failure(name.error());
    return Name::success(name.value().isValid() ? std::optional(name.value().toString())
                                                : std::nullopt);
}

Result<bool> FieldTable::fieldNamed(const QString &name) const
{
    return m_store.exists(QStringLiteral("SELECT 1 FROM field_definitions WHERE name = ?"), {name});
}

Result<bool> FieldTable::columnNamed(const QString &name) const
{
    return m_store.exists(
        QStringLiteral("SELECT 1 FROM pragma_table_info('contact_data') WHERE name = ? "
                       "COLLATE NOCASE"),
        {name});
}

// Names were checked by the caller, so they are safe as quoted identifiers.
VoidResult FieldTable::add(const FieldDefinition &f)
{
    const bool number = f.type == FieldDefinition::Type::Number;
    return m_store.write(
        {{QStringLiteral("ALTER TABLE contact_data ADD COLUMN \"%1\" %2")
              .arg(f.name, number ? u"REAL" : u"TEXT"),
          {}},
         {QStringLiteral("INSERT INTO field_definitions (id, name, field_type) VALUES (?, ?, ?)"),
          {f.id, f.name, FieldDefinition::typeName(f.type)}}});
}

VoidResult FieldTable::rename(const QString &id, const QString &from, const QString &to)
{
    return m_store.write(
        {{QStringLiteral("ALTER TABLE contact_data RENAME COLUMN \"%1\" TO \"%2\"").arg(from, to),
          {}},
         {QStringLiteral("UPDATE field_definitions SET name = ? WHERE id = ?"), {to, id}}});
}

VoidResult FieldTable::remove(const QString &id, const QString &name)
{
    return m_store.write(
        {{QStringLiteral("ALTER TABLE contact_data DROP COLUMN \"%1\"").arg(name), {}},
         {QStringLiteral("DELETE FROM field_definitions WHERE id = ?"), {id}}});
}
