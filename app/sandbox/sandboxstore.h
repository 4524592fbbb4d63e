// SPDX-License-Identifier: MIT
#pragma once

#include "api/fielddefinition.h"
#include "local/sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

/// The sandbox's SQLite database: contacts and events in the tables the segment SQL compiler
/// expects, plus lists, field definitions, segments and manual refreshes. One connection, used
/// only on the thread that opened it.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();

    /// Opens (and creates) the database in `dataDir`, or in memory when it is empty.
    /// Returns the problem, or "" on success.
    QString open(const QString &dataDir);
    bool isSeeded() const;
    void markSeeded(quint32 seed);
    /// Fast, unjournaled writes for generating a new store; off again restores WAL.
    void setBulkLoading(bool on);
    QString createIndexes();

    /// Runs one statement with positional bindings; nullopt (and lastError()) on failure.
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {}) const;
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_connection.database(); }
    /// SQLite's own handle of the connection, for bulk loading.
    struct sqlite3 *nativeHandle() const;

    bool transaction() { return database().transaction(); }
    bool commit() { return database().commit(); }

    /// Columns of contact_data that are custom fields (everything but the reserved columns).
    QStringList customFieldColumns() const;
    static const QStringList &reservedContactColumns();
    /// The custom field definitions, in creation order.
    QList<FieldDefinition> customFields() const;

private:
    QString createSchema();

    SqliteConnection m_connection;
    mutable QString m_lastError;
};
