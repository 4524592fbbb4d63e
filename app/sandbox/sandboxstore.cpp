// SPDX-License-Identifier: MIT
#include "sandboxstore.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace {

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS contact_data (contact_id TEXT NOT NULL, email TEXT, "
    "phone_number_id TEXT, external_id TEXT, anonymous_id TEXT, first_name TEXT, last_name TEXT, "
    "address_line_1 TEXT, address_line_2 TEXT, city TEXT, state_province_region TEXT, "
    "postal_code TEXT, country TEXT, phone_number TEXT, whatsapp TEXT, line TEXT, facebook TEXT, "
    "unique_name TEXT, list_ids TEXT NOT NULL DEFAULT '[]', "
    "alternate_emails TEXT NOT NULL DEFAULT '[]', email_domains TEXT NOT NULL DEFAULT '[]', "
    "created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS event_data (contact_id TEXT NOT NULL, event_source TEXT, "
    "event_type TEXT, event_timestamp TEXT, data TEXT)",
    "CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
    "created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS list_members (list_id TEXT NOT NULL, contact_id TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS field_definitions (id TEXT PRIMARY KEY, "
    "name TEXT NOT NULL UNIQUE COLLATE NOCASE, field_type TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS segments (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "query_dsl TEXT NOT NULL, parent_list_id TEXT, contacts_count INTEGER NOT NULL DEFAULT 0, "
    "sample TEXT NOT NULL DEFAULT '[]', created_at TEXT, updated_at TEXT, "
    "sample_updated_at TEXT, next_sample_update TEXT, sample_interval INTEGER NOT NULL "
    "DEFAULT 3600, query_validation TEXT NOT NULL, error_message TEXT, validate_at TEXT, "
    "last_refreshed_at TEXT, refresh_zone TEXT)",
    "CREATE TABLE IF NOT EXISTS refreshes (segment_id TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
};

// Created after the bulk load of generated data: building them once is much faster than
// maintaining them row by row.
// Contact ids are random, so even their uniqueness is checked here rather than per insert.
const char *const indexes[] = {
    "CREATE UNIQUE INDEX IF NOT EXISTS contact_id_unique ON contact_data(contact_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS list_member_unique ON list_members(list_id, contact_id)",
    "CREATE INDEX IF NOT EXISTS contact_email ON contact_data(email)",
    "CREATE INDEX IF NOT EXISTS contact_country ON contact_data(country)",
    "CREATE INDEX IF NOT EXISTS contact_city ON contact_data(city)",
    "CREATE INDEX IF NOT EXISTS contact_last_name ON contact_data(last_name)",
    "CREATE INDEX IF NOT EXISTS event_contact ON event_data(contact_id)",
    "CREATE INDEX IF NOT EXISTS event_type_time ON event_data(event_type, event_timestamp)",
};

} // namespace

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("sandbox"))
{ }

SandboxStore::~SandboxStore() = default;

QString SandboxStore::open(const QString &dataDir)
{
    if (!dataDir.isEmpty() && !QDir().mkpath(dataDir))
        return QStringLiteral("Cannot create the sandbox data folder %1").arg(dataDir);
    QString problem;
    if (!m_connection.open(dataDir.isEmpty()
                               ? QStringLiteral(":memory:")
                               : QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")),
                           &problem))
        return QStringLiteral("Cannot open the sandbox database: %1").arg(problem);
    // The segment compiler relies on LIKE being case-sensitive, as SendGrid's is.
    for (const char *pragma : {"PRAGMA case_sensitive_like = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL"})
        run(QString::fromLatin1(pragma));
    if (const QString problem = createSchema(); !problem.isEmpty())
        return problem;
    return isSeeded() ? createIndexes() : QString();
}

QString SandboxStore::createSchema()
{
    for (const char *statement : schema) {
        if (!run(QString::fromLatin1(statement)))
            return QStringLiteral("Cannot create the sandbox tables: %1").arg(m_lastError);
    }
    return {};
}

sqlite3 *SandboxStore::nativeHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString SandboxStore::createIndexes()
{
    for (const char *statement : indexes) {
        if (!run(QString::fromLatin1(statement)))
            return QStringLiteral("Cannot index the sandbox tables: %1").arg(m_lastError);
    }
    return {};
}

void SandboxStore::setBulkLoading(bool on)
{
    // A generated store can always be generated again, so the bulk load skips the journal.
    run(on ? QStringLiteral("PRAGMA journal_mode = OFF")
           : QStringLiteral("PRAGMA journal_mode = WAL"));
    run(on ? QStringLiteral("PRAGMA synchronous = OFF")
           : QStringLiteral("PRAGMA synchronous = NORMAL"));
    run(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MB: index builds sort in memory
}

bool SandboxStore::isSeeded() const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seed'")).isValid();
}

void SandboxStore::markSeeded(quint32 seed)
{
    run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed', ?)"), {seed});
}

std::optional<QSqlQuery> SandboxStore::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return query;
}

QVariant SandboxStore::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto query = run(sql, bindings);
    return query && query->next() ? query->value(0) : QVariant();
}

const QStringList &SandboxStore::reservedContactColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        const QString create = QString::fromLatin1(schema[0]);
        const qsizetype open = create.indexOf(u'(');
        for (const QString &part : create.mid(open + 1).split(u','))
            names.append(part.trimmed().section(u' ', 0, 0));
        return names;
    }();
    return columns;
}

QStringList SandboxStore::customFieldColumns() const
{
    QStringList custom;
    const QSqlRecord record = database().record(QStringLiteral("contact_data"));
    for (int i = 0; i < record.count(); ++i) {
        if (!reservedContactColumns().contains(record.fieldName(i)))
            custom.append(record.fieldName(i));
    }
    return custom;
}

QList<FieldDefinition> SandboxStore::customFields() const
{
    QList<FieldDefinition> fields;
    auto rows
        = run(QStringLiteral("SELECT id, name, field_type FROM field_definitions ORDER BY rowid"));
    while (rows && rows->next()) {
        FieldDefinition f;
        f.id = rows->value(0).toString();
        f.name = rows->value(1).toString();
        f.type = FieldDefinition::typeFromName(rows->value(2).toString())
                     .value_or(FieldDefinition::Type::Text);
        fields.append(f);
    }
    return fields;
}
