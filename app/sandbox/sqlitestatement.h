// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/// One prepared statement on SQLite's own API, with `?` placeholders bound by position.
/// The generator's bulk inserts use it because QtSql's per-value binding costs more than SQLite's
/// insert itself at a million rows; segment evaluation uses it because QtSql rewrites every `?`
/// as a named placeholder (`:a`, `:b`, …) and SQLite looks each name up among those before it,
/// so preparing a query with n parameters took time in n² (50,000: 7 s per statement).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Whether SQLite accepted the statement; error() says why not.
    bool isPrepared() const { return m_statement != nullptr; }
    /// Binds `value` to the parameter at `index` (0-based): text, integer, real or NULL.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &value);
    void bindAll(const QVariantList &values);
    /// Runs the statement and makes it ready for the next row. False: see error().
    bool execute();
    /// Steps to the next result row: false at the end and on failure (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    /// SQLite's result code of the last step (SQLITE_INTERRUPT when a deadline stopped it).
    int resultCode() const { return m_resultCode; }
    /// The current row's value in `column` (index or name): text, integer, real or invalid
    /// for NULL.
    QVariant value(int column) const;
    QVariant value(const QString &column) const;
    QStringList columnNames() const;
    QString error() const;

private:
    void prepare(const QByteArray &sql);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_values; ///< text bound with SQLITE_STATIC, kept alive here
    mutable QHash<QString, int> m_columns; ///< by name, filled on first use
    QString m_error; ///< SQLite's message when preparing or a step failed
    int m_resultCode = 0;
    bool m_failed = false;
};
