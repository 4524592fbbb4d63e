// SPDX-License-Identifier: MIT
// DraftStore on real SQLite files in a temp folder: every operation says whether it worked.
#include "local/draftstore.h"
#include "support/storefile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_DraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveFindRemove();
    void openFailureIsReported();
    void failedReadIsNotNoDraft();
    void removeAllIsOneTransaction();
    void usesWriteAheadLog();
    void opensTheStoreOfTheBuildBeforeVersions();
    void refusesTheStoreOfALaterBuild();
    void refusesADamagedFile();
    void savesByColumnName();

private:
    /// Runs `sql` on the store's file through a second connection, as another process would.
    bool execElsewhere(const QString &sql);
    static Draft draft(const QString &id);

    QTemporaryDir m_dir;
    QString m_file;
};

void tst_DraftStore::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

void tst_DraftStore::cleanup()
{
    QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
}

bool tst_DraftStore::execElsewhere(const QString &sql)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
        db.setDatabaseName(m_file);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
    return true;
}

Draft tst_DraftStore::draft(const QString &id)
{
    return {id, QStringLiteral("Name ") + id, QStringLiteral("SELECT 1"),
            QStringLiteral("2026-11-20T16:42:11.250Z"), QDateTime::currentDateTimeUtc()};
}

void tst_DraftStore::saveFindRemove()
{
    DraftStore store;
    QVERIFY(store.open(m_file).isOk());
    QVERIFY(store.save(draft(QStringLiteral("a"))).isOk());
    QVERIFY(store.save(draft(QStringLiteral("b"))).isOk());
    const auto found = store.find(QStringLiteral("a"));
    QVERIFY(found.isOk());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->name, QStringLiteral("Name a"));
    QCOMPARE(store.all().value().size(), 2);
    QVERIFY(store.remove(QStringLiteral("a")).isOk());
    const auto gone = store.find(QStringLiteral("a"));
    QVERIFY(gone.isOk());
    QVERIFY(!gone.value().has_value());
}

void tst_DraftStore::openFailureIsReported()
{
    QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + QStringLiteral("/drafts.sqlite");
    DraftStore store;
    const VoidResult opened = store.open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    // A store that did not open keeps nothing, and says so on every operation.
    QVERIFY(!store.save(draft(QStringLiteral("a"))).isOk());
    QVERIFY(!store.find(QStringLiteral("a")).isOk());
    QVERIFY(!store.all().isOk());
    QVERIFY(!store.remove(QStringLiteral("a")).isOk());
}

// "Cannot read" must not pass for "no draft kept": the window would drop a kept edit.
void tst_DraftStore::failedReadIsNotNoDraft()
{
    DraftStore store;
    QVERIFY(store.open(m_file).isOk());
    QVERIFY(store.save(draft(QStringLiteral("a"))).isOk());
    QVERIFY(execElsewhere(QStringLiteral("ALTER TABLE drafts RENAME TO moved")));
    const auto found = store.find(QStringLiteral("a"));
    QVERIFY(!found.isOk());
    QVERIFY2(found.error().contains(QStringLiteral("drafts")), qPrintable(found.error()));
    QVERIFY(!store.all().isOk());
}

void tst_DraftStore::removeAllIsOneTransaction()
{
    DraftStore store;
    QVERIFY(store.open(m_file).isOk());
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        QVERIFY(store.save(draft(id)).isOk());
    QVERIFY(execElsewhere(QStringLiteral("CREATE TRIGGER keep_b BEFORE DELETE ON drafts WHEN "
                                         "old.segment_id = 'b' BEGIN SELECT RAISE(ABORT, "
                                         "'b is kept'); END")));
    const VoidResult removed
        = store.removeAll({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(!removed.isOk());
    QVERIFY2(removed.error().contains(QStringLiteral("b is kept")), qPrintable(removed.error()));
    QCOMPARE(store.all().value().size(), 3); // "a" came back with the rollback
    QVERIFY(execElsewhere(QStringLiteral("DROP TRIGGER keep_b")));
    QVERIFY(store.removeAll({QStringLiteral("a"), QStringLiteral("b")}).isOk());
    QCOMPARE(store.all().value().size(), 1);
}

// The window writes at each pause in typing: WAL keeps each write to one append to the log.
void tst_DraftStore::usesWriteAheadLog()
{
    DraftStore store;
    QVERIFY(store.open(m_file).isOk());
    QCOMPARE(store.writeCount(), 0);
    QVERIFY(store.save(draft(QStringLiteral("a"))).isOk());
    QVERIFY(store.save(draft(QStringLiteral("a"))).isOk());
    QCOMPARE(store.writeCount(), 2);
    QVERIFY(QFile::exists(m_file + QStringLiteral("-wal")));
    {
        // journal_mode=WAL is kept in the file: another connection sees it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
}

// The drafts file as the builds before schema versions wrote it (draftstore.cpp at 2def2a0):
// its rows survive the migration and the file says it is at this build's version.
void tst_DraftStore::opensTheStoreOfTheBuildBeforeVersions()
{
    QVERIFY(StoreFile::run(
        m_file,
        {QStringLiteral("PRAGMA journal_mode = WAL"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS drafts (segment_id TEXT PRIMARY KEY, "
                        "name TEXT, query_dsl TEXT, base_updated_at TEXT, saved_at TEXT)"),
         QStringLiteral("INSERT OR REPLACE INTO drafts VALUES ('s1', 'Kept', 'SELECT 1', "
                        "'2026-11-20T16:42:11.250Z', '2026-11-21T09:00:00.000Z')")}));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    {
        DraftStore store;
        const StoreResult opened = store.open(m_file);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        const auto found = store.find(QStringLiteral("s1"));
        QVERIFY(found.isOk() && found.value().has_value());
        QCOMPARE(found.value()->name, QStringLiteral("Kept"));
        QCOMPARE(found.value()->baseUpdatedAt, QStringLiteral("2026-11-20T16:42:11.250Z"));
        QCOMPARE(found.value()->savedAt,
                 QDateTime::fromString(QStringLiteral("2026-11-21T09:00:00.000Z"), Qt::ISODate));
        QVERIFY(store.save(draft(QStringLiteral("s2"))).isOk());
    }
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    DraftStore again; // at its version: opens as it is
    QVERIFY(again.open(m_file).isOk());
    QCOMPARE(again.all().value().size(), 2);
}

// A later build may have changed the table in ways this one cannot know: it must not write
// there (not even switch the journal), and the caller learns why by its kind.
void tst_DraftStore::refusesTheStoreOfALaterBuild()
{
    QVERIFY(StoreFile::run(m_file,
                           {QStringLiteral("CREATE TABLE drafts (segment_id TEXT PRIMARY KEY, "
                                           "renamed TEXT, saved_at TEXT)"),
                            QStringLiteral("INSERT INTO drafts VALUES ('s1', 'x', 'y')"),
                            QStringLiteral("PRAGMA user_version = 7")}));
    const QByteArray before = StoreFile::bytes(m_file);
    DraftStore store;
    const StoreResult opened = store.open(m_file);
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.problem(), StoreProblem::TooNew);
    QVERIFY2(opened.error().contains(m_file) && opened.error().contains(QStringLiteral("newer")),
             qPrintable(opened.error()));
    QVERIFY(!store.save(draft(QStringLiteral("s2"))).isOk());
    QCOMPARE(StoreFile::bytes(m_file), before);
    QVERIFY(!QFile::exists(m_file + QStringLiteral("-wal")));
}

void tst_DraftStore::refusesADamagedFile()
{
    QVERIFY(StoreFile::write(m_file,
                             QByteArray("not a database, but someone's notes\n").repeated(200)));
    const QByteArray before = StoreFile::bytes(m_file);
    DraftStore store;
    const StoreResult opened = store.open(m_file);
    QVERIFY(!opened.isOk());
    QCOMPARE(opened.problem(), StoreProblem::Corrupt);
    QVERIFY2(opened.error().contains(m_file), qPrintable(opened.error()));
    QVERIFY(!store.save(draft(QStringLiteral("a"))).isOk());
    QCOMPARE(StoreFile::bytes(m_file), before);
}

// A column added by a later migration (here by another connection) must not shift the others.
void tst_DraftStore::savesByColumnName()
{
    DraftStore store;
    QVERIFY(store.open(m_file).isOk());
    QVERIFY(StoreFile::run(m_file, {QStringLiteral("ALTER TABLE drafts ADD COLUMN note TEXT")}));
    const VoidResult saved = store.save(draft(QStringLiteral("a")));
    QVERIFY2(saved.isOk(), qPrintable(saved.error()));
    const auto found = store.find(QStringLiteral("a"));
    QVERIFY(found.isOk() && found.value().has_value());
    QCOMPARE(found.value()->queryDsl, QStringLiteral("SELECT 1"));
    QCOMPARE(found.value()->baseUpdatedAt, QStringLiteral("2026-11-20T16:42:11.250Z"));
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
