// SPDX-License-Identifier: MIT
#include "sqlitestatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    prepare(sql.toUtf8());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    prepare(QByteArray(sql));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::prepare(const QByteArray &sql)
{
    if (!m_db)
        return;
    m_resultCode
        = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr);
    m_failed = m_resultCode != SQLITE_OK;
    if (m_failed)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
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
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        break;
    default:
        bind(index, value.toString());
    }
}

void SqliteStatement::bindAll(const QVariantList &values)
{
    m_values.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        bind(i, values[i]);
}

bool SqliteStatement::execute()
{
    if (!m_statement)
        return false;
    m_resultCode = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return m_resultCode == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (!m_statement || m_failed)
        return false;
    m_resultCode = sqlite3_step(m_statement);
    m_failed = m_resultCode != SQLITE_ROW && m_resultCode != SQLITE_DONE;
    if (m_failed)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return m_resultCode == SQLITE_ROW;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return {};
    default:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }
}

QVariant SqliteStatement::value(const QString &column) const
{
    if (m_columns.isEmpty()) {
        const QStringList names = columnNames();
        for (int i = 0; i < names.size(); ++i)
            m_columns.insert(names[i], i);
    }
    const auto found = m_columns.constFind(column);
    return found == m_columns.cend() ? QVariant() : value(*found);
}

QStringList SqliteStatement::columnNames() const
{
    QStringList names;
    for (int i = 0, count = sqlite3_column_count(m_statement); i < count; ++i)
        names.append(QString::fromUtf8(sqlite3_column_name(m_statement, i)));
    return names;
}

QString SqliteStatement::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}
