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
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};
