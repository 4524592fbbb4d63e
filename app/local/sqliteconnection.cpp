// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

SqliteConnection::SqliteConnection(const QString &purpose)
    : m_name(purpose + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteConnection::~SqliteConnection()
{
    close();
}

void SqliteConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

VoidResult SqliteConnection::open(const QString &fileName)
{
    // Whatever was open goes first (the window switched profiles): a failed open must not leave
    // the store writing to the file before.
    close();
    if (fileName != u":memory:") {
        const QString dir = QFileInfo(fileName).absolutePath();
        if (!QDir().mkpath(dir))
            return VoidResult::failure(QObject::tr("cannot create the folder %1").arg(dir));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(fileName);
    if (db.open())
        return VoidResult::success();
    return VoidResult::failure(db.lastError().text());
}

sqlite3 *SqliteConnection::nativeHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

VoidResult SqliteConnection::keepLogOnClose()
{
    sqlite3 *db = nativeHandle();
    if (!db)
        return VoidResult::failure(QObject::tr("the connection is not SQLite's"));
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) != SQLITE_OK)
        return VoidResult::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return VoidResult::success();
}
