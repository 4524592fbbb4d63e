// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

/// One named QSQLITE connection that is removed again when its owner goes away. QtSql keeps
/// connections in a global registry by name, so each owner needs a unique one.
class SqliteConnection
{
public:
    explicit SqliteConnection(const QString &purpose);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens `fileName` (":memory:" for memory only), making its folder first; the error says
    /// why not (no folder, or SQLite's reason).
    VoidResult open(const QString &fileName);
    /// Closes the connection; every later statement on it fails (a store that refused its file).
    void close();
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    /// SQLite's own handle of the open connection (QtSql's driver's), or null.
    struct sqlite3 *nativeHandle() const;
    /// Leaves the write-ahead log as it is when the last connection to the file closes, instead
    /// of copying it into the database then (a checkpoint: two syncs and a new log, synced
    /// again, at the next write). The log still reaches the database at SQLite's automatic
    /// checkpoints, when it has grown to `PRAGMA wal_autocheckpoint` pages.
    VoidResult keepLogOnClose();

private:
    QString m_name;
};
