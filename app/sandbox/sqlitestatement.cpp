// SPDX-License-Identifier: MIT
#include "sqlitestatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db)
        sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &value)
{
    // UTF-8, the database's encoding: binding UTF-16 made SQLite convert every value. The bytes
    // stay in m_values until the next bind of this parameter, so SQLite need not copy them.
    if (index >= m_values.size())
        m_values.resize(index + 1);
    m_values[index] = value.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, m_values[index].constData(),
                      int(m_values[index].size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_statement, index + 1);
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        break;
    default:
        bind(index, value.toString());
    }
}

bool SqliteStatement::execute()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE;
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}
