// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

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

bool SqliteConnection::open(const QString &fileName, QString *problem)
{
    if (QSqlDatabase::contains(m_name)) { // opening another file (the window switched profiles)
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(fileName);
    if (db.open())
        return true;
    *problem = db.lastError().text();
    return false;
}
