// SPDX-License-Identifier: MIT
#pragma once

#include "api/fielddefinition.h"
#include "common/result.h"
#include "local/sqliteconnection.h"
#include "local/storeresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

/// The sandbox's SQLite database: contacts and events in the tables the segment SQL compiler
/// expects, plus lists, field definitions, segments and manual refreshes. One connection, used
/// only on the thread that opened it.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();

    /// Opens (and creates) the database in `dataDir`, or in memory when it is empty, bringing a
    /// store of an earlier build to this schema. A damaged store or one of a later build is
    /// refused (Corrupt, TooNew) and left as it is.
    StoreResult open(const QString &dataDir);
    /// Another connection to the store that open() made in `fileName`, for reading only: an
    /// evaluation thread's own, so it reads (WAL) while the server's connection writes.
    VoidResult openReader(const QString &fileName);
    /// The database file; empty in memory.
    QString fileName() const { return m_fileName; }
    Result<bool> isSeeded() const;
    VoidResult markSeeded(quint32 seed);
    /// Fast, unjournaled writes for generating a new store; off again restores WAL.
    VoidResult setBulkLoading(bool on);
    VoidResult createIndexes();

    /// Runs one statement with positional bindings, through QtSql: for the sandbox's own
    /// statements, with a few parameters. (QtSql renames every `?` and SQLite looks each name
    /// up among the ones before it; queries with a user's thousands of values go through
    /// SqliteStatement.)
    Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {}) const;
    /// The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;
    /// Whether the statement yields a row.
    Result<bool> exists(const QString &sql, const QVariantList &bindings = {}) const;
    /// Runs `writes` in one transaction: all of them or, when one fails, none. Inside another
    /// one, a savepoint does the same for `writes` alone.
    VoidResult inTransaction(const std::function<VoidResult()> &writes);
    struct Statement
    {
        QString sql;
        QVariantList bindings;
    };
    /// Runs the statements in one transaction.
    VoidResult write(const QList<Statement> &statements);
    QSqlDatabase database() const { return m_connection.database(); }
    /// SQLite's own handle of the connection, for bulk loading.
    struct sqlite3 *nativeHandle() const;

    /// Columns of contact_data that are custom fields (everything but the reserved columns).
    QStringList customFieldColumns() const;
    static const QStringList &reservedContactColumns();

private:
    VoidResult openConnection(const QString &fileName);
    VoidResult refuseQuotedStrings();
    VoidResult inSavepoint(const std::function<VoidResult()> &writes);
    VoidResult runAll(const char *const *statements, size_t count, const QString &what);

    SqliteConnection m_connection;
    QString m_fileName;
    int m_transactionDepth = 0;
};
