// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/// One prepared statement on SQLite's own API, for the generator's bulk inserts: QtSql's
/// per-value binding costs more than SQLite's insert itself at a million rows.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds `value` to the parameter at `index` (0-based): text, integer, real or NULL.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &value);
    /// Runs the statement and makes it ready for the next row. False: see error().
    bool execute();
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_values; ///< text bound with SQLITE_STATIC, kept alive here
};
