// SPDX-License-Identifier: MIT
#include "sqliteschema.h"

#include "sqliteconnection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// SQLite's primary result codes for a file that is no database, or a damaged one.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

StoreResult failed(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return StoreResult::failure(
            StoreProblem::Corrupt,
            QObject::tr("the file is damaged or no SQLite database (%1); it was left as it is")
                .arg(error.text()));
    return StoreResult::failure(StoreProblem::Unavailable, error.text());
}

} // namespace

SqliteSchema::SqliteSchema(QString unversionedTable, QList<Migration> migrations)
    : m_unversionedTable(std::move(unversionedTable))
    , m_migrations(std::move(migrations))
{ }

StoreResult SqliteSchema::open(const QSqlDatabase &db,
                               const std::function<VoidResult()> &configure) const
{
    int found = 0;
    if (StoreResult read = readVersion(db, &found); !read.isOk())
        return read;
    if (found > version())
        return tooNew(found);
    if (const VoidResult configured = configure(); !configured.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, configured.error());
    // A file that says it is at this version opens without a write (the CLI opens the history
    // on every run); an unversioned one is stamped even when it lacks no migration.
    return found == version() && storedVersion(db) == version() ? StoreResult::success()
                                                                : migrate(db);
}

int SqliteSchema::storedVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

StoreResult SqliteSchema::openFile(SqliteConnection &connection, const QString &fileName,
                                   const std::function<VoidResult()> &configure) const
{
    if (const VoidResult opened = connection.open(fileName); !opened.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, opened.error());
    StoreResult ready = open(connection.database(), configure);
    if (!ready.isOk())
        connection.close();
    return ready;
}

StoreResult SqliteSchema::readVersion(const QSqlDatabase &db, int *version) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(q.lastError());
    *version = q.value(0).toInt();
    if (*version != 0 || m_unversionedTable.isEmpty())
        return StoreResult::success();
    if (!q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")))
        return failed(q.lastError());
    q.addBindValue(m_unversionedTable);
    if (!q.exec())
        return failed(q.lastError());
    *version = q.next() ? 1 : 0;
    return StoreResult::success();
}

// IMMEDIATE: the window and a CLI run may open an old file at once; the second waits for the
// first's migration and then finds the file at this version.
StoreResult SqliteSchema::migrate(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError());
    StoreResult done = runMigrations(db);
    if (!done.isOk()) {
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qWarning("store: rollback failed: %s", qPrintable(q.lastError().text()));
        return done;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastError());
    return StoreResult::success();
}

StoreResult SqliteSchema::runMigrations(const QSqlDatabase &db) const
{
    int found = 0;
    if (StoreResult read = readVersion(db, &found); !read.isOk())
        return read;
    if (found > version())
        return tooNew(found);
    QSqlQuery q(db);
    for (int step = found; step < version(); ++step) {
        for (const QString &statement : m_migrations.at(step)) {
            if (!q.exec(statement))
                return StoreResult::failure(
                    StoreProblem::Migration,
                    QObject::tr("cannot bring the file from schema version %1 to %2 (%3)")
                        .arg(QString::number(step), QString::number(step + 1),
                             q.lastError().text()));
        }
    }
    // A pragma takes no bound value; version() is a number this build made.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version())))
        return failed(q.lastError());
    return StoreResult::success();
}

StoreResult SqliteSchema::tooNew(int version) const
{
    return StoreResult::failure(
        StoreProblem::TooNew,
        QObject::tr("a newer SegmentDesk wrote this file (schema version "
                    "%1; this one knows up to %2); it was left as it is")
            .arg(QString::number(version), QString::number(this->version())));
}
