// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

SqliteConnection::SqliteConnection(const QString &purpose)
    : m_name(purpose + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteConnection::~SqliteConnection()
{
    database().close();
    QSqlDatabase::removeDatabase(m_name);
}

VoidResult SqliteConnection::open(const QString &fileName)
{
    if (fileName != u":memory:") {
        const QString dir = QFileInfo(fileName).absolutePath();
        if (!QDir().mkpath(dir))
            return VoidResult::failure(QObject::tr("cannot create the folder %1").arg(dir));
    }
    if (QSqlDatabase::contains(m_name)) { // opening another file (the window switched profiles)
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(fileName);
    if (db.open())
        return VoidResult::success();
    return VoidResult::failure(db.lastError().text());
}
