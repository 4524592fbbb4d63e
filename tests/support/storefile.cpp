// SPDX-License-Identifier: MIT
#include "storefile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace StoreFile {
namespace {

const QString Connection = QStringLiteral("test-store-file");

/// Runs `use` on an open connection to `path`, closed and removed again before returning.
template<typename Use>
auto withConnection(const QString &path, Use use)
{
    struct Removal
    {
        ~Removal() { QSqlDatabase::removeDatabase(Connection); }
    } removal;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Connection);
    db.setDatabaseName(path);
    if (!db.open())
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    auto result = use(db);
    db.close();
    db = QSqlDatabase();
    return result;
}

} // namespace

bool run(const QString &path, const QStringList &statements)
{
    return withConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    });
}

QVariant value(const QString &path, const QString &sql)
{
    return withConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return QVariant();
        }
        return q.value(0);
    });
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size())
        return true;
    qWarning("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return false;
}

} // namespace StoreFile
