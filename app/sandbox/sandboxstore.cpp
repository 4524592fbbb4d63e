// SPDX-License-Identifier: MIT
#include "sandboxstore.h"

#include "local/sqliteschema.h"

#include <sqlite3.h>

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace {

// Migration 1: the tables as the builds before schema versions made them. A change of a table
// is a new migration at the end of migrations().
const char *const tables[] = {
    "CREATE TABLE contact_data (contact_id TEXT NOT NULL, email TEXT, "
    "phone_number_id TEXT, external_id TEXT, anonymous_id TEXT, first_name TEXT, last_name TEXT, "
    "address_line_1 TEXT, address_line_2 TEXT, city TEXT, state_province_region TEXT, "
    "postal_code TEXT, country TEXT, phone_number TEXT, whatsapp TEXT, line TEXT, facebook TEXT, "
    "unique_name TEXT, list_ids TEXT NOT NULL DEFAULT '[]', "
    "alternate_emails TEXT NOT NULL DEFAULT '[]', email_domains TEXT NOT NULL DEFAULT '[]', "
    "created_at TEXT, updated_at TEXT)",
    "CREATE TABLE event_data (contact_id TEXT NOT NULL, event_source TEXT, "
    "event_type TEXT, event_timestamp TEXT, data TEXT)",
    "CREATE TABLE lists (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
    "created_at TEXT)",
    "CREATE TABLE list_members (list_id TEXT NOT NULL, contact_id TEXT NOT NULL)",
    "CREATE TABLE field_definitions (id TEXT PRIMARY KEY, "
    "name TEXT NOT NULL UNIQUE COLLATE NOCASE, field_type TEXT NOT NULL)",
    "CREATE TABLE segments (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "query_dsl TEXT NOT NULL, parent_list_id TEXT, contacts_count INTEGER NOT NULL DEFAULT 0, "
    "sample TEXT NOT NULL DEFAULT '[]', created_at TEXT, updated_at TEXT, "
    "sample_updated_at TEXT, next_sample_update TEXT, sample_interval INTEGER NOT NULL "
    "DEFAULT 3600, query_validation TEXT NOT NULL, error_message TEXT, validate_at TEXT, "
    "last_refreshed_at TEXT, refresh_zone TEXT)",
    "CREATE TABLE refreshes (segment_id TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
};

const SqliteSchema &migrations()
{
    static const SqliteSchema sandbox(QStringLiteral("segments"), [] {
        SqliteSchema::Migration first;
        for (const char *table : tables)
            first.append(QString::fromLatin1(table));
        return QList<SqliteSchema::Migration> {first};
    }());
    return sandbox;
}

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
    // Without statistics SQLite takes `country = ?` for as selective as `contact_id IN (50
    // ids)` and walks 12,500 Germans to find a sample's segment_ids (100,000 contacts: 35 ms
    // per segment, a contacts search 250 ms; with them: 13 ms). Sampled: 4 ms, not seconds.
    "PRAGMA analysis_limit = 1000",
    "ANALYZE",
};

} // namespace

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("sandbox"))
{ }

SandboxStore::~SandboxStore() = default;

StoreResult SandboxStore::open(const QString &dataDir)
{
    if (VoidResult opened = openConnection(
            dataDir.isEmpty() ? QStringLiteral(":memory:")
                              : QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        !opened.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, opened.error());
    const StoreResult ready = migrations().open(database(), [this] {
        const char *const journal[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"};
        return runAll(journal, std::size(journal), QStringLiteral("set up"));
    });
    if (!ready.isOk()) {
        StoreResult failed
            = ready.withMessage(QStringLiteral("Cannot open the sandbox database %1: %2")
                                    .arg(m_fileName, ready.error()));
        m_connection.close(); // a file refused is not written either
        return failed;
    }
    const Result<bool> seeded = isSeeded();
    if (!seeded.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, seeded.error());
    if (VoidResult indexed = seeded.value() ? createIndexes() : VoidResult::success();
        !indexed.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, indexed.error());
    return StoreResult::success();
}

VoidResult SandboxStore::openReader(const QString &fileName)
{
    if (VoidResult opened = openConnection(fileName); !opened.isOk())
        return opened;
    // Evaluations read the whole store again and again: mapped pages and a larger cache keep
    // them from copying every page in through read() (a preview at 100,000 contacts).
    const char *const readOnly[] = {"PRAGMA query_only = ON", "PRAGMA cache_size = -32768",
                                    "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY"};
    return runAll(readOnly, std::size(readOnly), QStringLiteral("read"));
}

// What every connection needs, the server's and each evaluation thread's.
VoidResult SandboxStore::openConnection(const QString &fileName)
{
    m_fileName = fileName == u":memory:" ? QString() : fileName;
    const VoidResult opened = m_connection.open(fileName);
    if (!opened.isOk())
        return VoidResult::failure(
            QStringLiteral("Cannot open the sandbox database: %1").arg(opened.error()));
    if (VoidResult strict = refuseQuotedStrings(); !strict.isOk())
        return strict;
    // The segment compiler relies on LIKE being case-sensitive, as SendGrid's is.
    const char *const pragmas[] = {"PRAGMA case_sensitive_like = ON"};
    return runAll(pragmas, std::size(pragmas), QStringLiteral("set up"));
}

VoidResult SandboxStore::runAll(const char *const *statements, size_t count, const QString &what)
{
    for (size_t i = 0; i < count; ++i) {
        if (const auto done = run(QString::fromLatin1(statements[i])); !done.isOk())
            return VoidResult::failure(
                QStringLiteral("Cannot %1 the sandbox tables: %2").arg(what, done.error()));
    }
    return VoidResult::success();
}

// SQLite takes a double-quoted name that is no column for a string literal, so a query on a
// dropped custom field would count "field" > 44 instead of failing. Off, it fails and the
// segment becomes INVALID with SQLite's "no such column".
VoidResult SandboxStore::refuseQuotedStrings()
{
    sqlite3 *db = nativeHandle();
    if (!db)
        return VoidResult::failure(QStringLiteral("The sandbox database is not SQLite"));
    for (const int option : {SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_DQS_DDL}) {
        if (sqlite3_db_config(db, option, 0, nullptr) != SQLITE_OK)
            return VoidResult::failure(QStringLiteral("Cannot configure the sandbox database: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return VoidResult::success();
}

sqlite3 *SandboxStore::nativeHandle() const
{
    return m_connection.nativeHandle();
}

VoidResult SandboxStore::createIndexes()
{
    return runAll(indexes, std::size(indexes), QStringLiteral("index"));
}

VoidResult SandboxStore::setBulkLoading(bool on)
{
    // A generated store can always be generated again, so the bulk load skips the journal.
    const char *const bulk[] = {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                "PRAGMA cache_size = -65536"}; // 64 MB: index builds sort in memory
    const char *const normal[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"};
    return on ? runAll(bulk, std::size(bulk), QStringLiteral("prepare"))
              : runAll(normal, std::size(normal), QStringLiteral("journal"));
}

Result<bool> SandboxStore::isSeeded() const
{
    return exists(QStringLiteral("SELECT value FROM meta WHERE key = 'seed'"));
}

VoidResult SandboxStore::markSeeded(quint32 seed)
{
    const auto done = run(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed', ?)"), {seed});
    return done.isOk() ? VoidResult::success() : VoidResult::failure(done.error());
}

Result<QSqlQuery> SandboxStore::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Result<QSqlQuery>::failure(query.lastError().text());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Result<QSqlQuery>::failure(query.lastError().text());
    return Result<QSqlQuery>::success(std::move(query));
}

Result<QVariant> SandboxStore::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto query = run(sql, bindings);
    if (!query.isOk())
        return Result<QVariant>::failure(query.error());
    if (!query.value().next()) {
        // next() is false both at the end and on a failed step (a busy or broken database).
        if (query.value().lastError().isValid())
            return Result<QVariant>::failure(query.value().lastError().text());
        return Result<QVariant>::success(QVariant());
    }
    return Result<QVariant>::success(query.value().value(0));
}

VoidResult SandboxStore::write(const QList<Statement> &statements)
{
    return inTransaction([this, &statements] {
        for (const Statement &statement : statements) {
            if (const auto done = run(statement.sql, statement.bindings); !done.isOk())
                return VoidResult::failure(done.error());
        }
        return VoidResult::success();
    });
}

Result<bool> SandboxStore::exists(const QString &sql, const QVariantList &bindings) const
{
    const auto first = scalar(sql, bindings);
    return first.isOk() ? Result<bool>::success(first.value().isValid())
                        : Result<bool>::failure(first.error());
}

VoidResult SandboxStore::inTransaction(const std::function<VoidResult()> &writes)
{
    if (m_transactionDepth > 0)
        return inSavepoint(writes);
    QSqlDatabase db = database();
    if (!db.transaction())
        return VoidResult::failure(
            QStringLiteral("Cannot start a transaction: %1").arg(db.lastError().text()));
    ++m_transactionDepth;
    VoidResult done = writes();
    --m_transactionDepth;
    if (!done.isOk()) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const QString problem = db.lastError().text();
        db.rollback();
        return VoidResult::failure(QStringLiteral("Cannot commit: %1").arg(problem));
    }
    return VoidResult::success();
}

// Within a transaction (a table's change of several statements while the generator fills a new
// store in one): a failed part is undone alone, and the caller hears of it.
VoidResult SandboxStore::inSavepoint(const std::function<VoidResult()> &writes)
{
    if (const auto begun = run(QStringLiteral("SAVEPOINT part")); !begun.isOk())
        return VoidResult::failure(begun.error());
    ++m_transactionDepth;
    VoidResult done = writes();
    --m_transactionDepth;
    if (!done.isOk() && !run(QStringLiteral("ROLLBACK TO part")).isOk())
        qWarning("sandbox: cannot roll back a failed part of a transaction");
    if (const auto released = run(QStringLiteral("RELEASE part")); !released.isOk() && done.isOk())
        return VoidResult::failure(released.error());
    return done;
}

const QStringList &SandboxStore::reservedContactColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        const QString create = QString::fromLatin1(tables[0]);
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
