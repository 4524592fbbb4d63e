// SPDX-License-Identifier: MIT
#pragma once

#include "storeresult.h"

#include <QList>
#include <QStringList>

#include <functional>

class QSqlDatabase;
class SqliteConnection;

/// The schema of one SQLite store as ordered migrations, numbered in the file's
/// `PRAGMA user_version`: migration n takes a file from version n - 1 to n, and version() is the
/// number of migrations. A store changes by appending a migration, never by editing one that has
/// shipped: files written by every earlier build then open, and keep their rows.
class SqliteSchema
{
public:
    /// One step: the statements that take a file from the version before to the next.
    using Migration = QStringList;

    /// `unversionedTable`: a table that files of the builds before schema versions hold. Such a
    /// file (user_version 0) has the schema of migration 1 and is taken for version 1.
    SqliteSchema(QString unversionedTable, QList<Migration> migrations);

    int version() const { return int(m_migrations.size()); }

    /// Opens the schema of `db`, an open connection: reads the file's version before writing
    /// anything (Corrupt when it is no SQLite database, TooNew when a later build wrote it:
    /// either file is left as it is), then runs `configure` (the connection's pragmas), then
    /// the migrations the file lacks, in order, in one transaction with the new version: all
    /// of them or none. Messages are SQLite's reasons; the store says which file it was.
    StoreResult open(const QSqlDatabase &db, const std::function<VoidResult()> &configure) const;
    /// Opens `fileName` on `connection`, then its schema as open() does. A file refused is
    /// closed again, so that nothing written later through the connection reaches it.
    StoreResult openFile(SqliteConnection &connection, const QString &fileName,
                         const std::function<VoidResult()> &configure) const;

private:
    /// The file's version, or why it cannot be read (Corrupt or Unavailable).
    StoreResult readVersion(const QSqlDatabase &db, int *version) const;
    /// user_version as the file has it (0 for an unversioned one); -1 when it cannot be read.
    static int storedVersion(const QSqlDatabase &db);
    StoreResult migrate(const QSqlDatabase &db) const;
    StoreResult runMigrations(const QSqlDatabase &db) const;
    StoreResult tooNew(int version) const;

    QString m_unversionedTable;
    QList<Migration> m_migrations;
};
