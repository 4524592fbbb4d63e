// SPDX-License-Identifier: MIT
// The history's SQLite file across builds and processes: a file of the build before schema
// versions keeps its versions, one of a later build or a damaged one is refused untouched, and
// a record waits for no sync of the disk (each CLI update records one).
#include "local/historystore.h"
#include "support/storefile.h"
#include "support/synccounter.h"

#include <QTemporaryDir>
#include <QTest>

class tst_HistoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensTheStoreOfTheBuildBeforeVersions();
    void refusesTheStoreOfALaterBuild();
    void refusesADamagedFile();
    void aRecordWaitsForNoSync();

private:
    static HistoryVersion version(const QString &query, const QString &updatedAt);

    QTemporaryDir m_dir;
    QString m_file;
};

void tst_HistoryFile::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

HistoryVersion tst_HistoryFile::version(const QString &query, const QString &updatedAt)
{
    HistoryVersion v;
    v.profileId = QStringLiteral("sandbox");
    v.segmentId = QStringLiteral("s1");
    v.recordedAt = QDateTime::currentDateTimeUtc();
    v.name = QStringLiteral("Segment s1");
    v.queryDsl = query;
    v.validation = QStringLiteral("VALID");
    v.source = HistoryVersion::Source::ThisApp;
    v.segmentUpdatedAt = updatedAt;
    return v;
}

// The file as historystore.cpp made it at 2def2a0 (and a version it recorded then).
void tst_HistoryFile::opensTheStoreOfTheBuildBeforeVersions()
{
    QVERIFY(StoreFile::run(
        m_file,
        {QStringLiteral("PRAGMA journal_mode = WAL"),
         QStringLiteral(R"(CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    name TEXT NOT NULL,
    query_dsl TEXT NOT NULL,
    contacts_count INTEGER,
    validation TEXT NOT NULL,
    validation_error TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('this app', 'elsewhere')),
    segment_updated_at TEXT NOT NULL,
    UNIQUE (profile_id, segment_id, number)))"),
         QStringLiteral("INSERT INTO versions (profile_id, segment_id, number, recorded_at, name, "
                        "query_dsl, contacts_count, validation, validation_error, source, "
                        "segment_updated_at) VALUES ('sandbox', 's1', 1, "
                        "'2026-11-20T16:42:11.250Z', 'Segment s1', 'SELECT 1', 12, 'VALID', '', "
                        "'elsewhere', 't1')")}));
    {
        HistoryStore store;
        const StoreResult opened = store.open(m_file);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        const Result<QList<HistoryVersion>> kept
            = store.versions(QStringLiteral("sandbox"), QStringLiteral("s1"));
        QVERIFY(kept.isOk());
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().at(0).contactsCount, 12);
        const Result<HistoryVersion> next
            = store.record(version(QStringLiteral("SELECT 2"), QStringLiteral("t2")));
        QVERIFY(next.isOk());
        QCOMPARE(next.value().number, 2);
    }
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void tst_HistoryFile::refusesTheStoreOfALaterBuild()
{
    QVERIFY(StoreFile::run(m_file,
                           {QStringLiteral("CREATE TABLE versions (id INTEGER PRIMARY KEY)"),
                            QStringLiteral("PRAGMA user_version = 2")}));
    const QByteArray before = StoreFile::bytes(m_file);
    HistoryStore store;
    const StoreResult opened = store.open(m_file);
    QCOMPARE(opened.problem(), StoreProblem::TooNew);
    QVERIFY2(opened.error().contains(m_file), qPrintable(opened.error()));
    QVERIFY(!store.record(version(QStringLiteral("SELECT 1"), QStringLiteral("t1"))).isOk());
    QCOMPARE(StoreFile::bytes(m_file), before);
}

void tst_HistoryFile::refusesADamagedFile()
{
    QVERIFY(StoreFile::write(m_file, QByteArray(8192, '\x5a')));
    HistoryStore store;
    const StoreResult opened = store.open(m_file);
    QCOMPARE(opened.problem(), StoreProblem::Corrupt);
    QVERIFY(!store.record(version(QStringLiteral("SELECT 1"), QStringLiteral("t1"))).isOk());
    QCOMPARE(StoreFile::bytes(m_file), QByteArray(8192, '\x5a'));
}

// As segmentdesk-cli update records its segment: open, one record, close, in a process of its
// own. It waited for four syncs of the file (and one of its folder) before a PATCH's answer was
// printed; the log now reaches the disk at SQLite's checkpoints, every 128 pages.
void tst_HistoryFile::aRecordWaitsForNoSync()
{
    {
        HistoryStore first; // the file and its log exist, as after any earlier run
        QVERIFY(first.open(m_file).isOk());
        QVERIFY(first.record(version(QStringLiteral("SELECT 1"), QStringLiteral("t1"))).isOk());
    }
    SyncCounter syncs;
    {
        HistoryStore store;
        QVERIFY(store.open(m_file).isOk());
        QVERIFY(store.record(version(QStringLiteral("SELECT 2"), QStringLiteral("t2"))).isOk());
    }
    QCOMPARE(syncs.count(), 0);
    HistoryStore reopened;
    QVERIFY(reopened.open(m_file).isOk());
    QCOMPARE(reopened.versions(QStringLiteral("sandbox"), QStringLiteral("s1")).value().size(), 2);
}

QTEST_GUILESS_MAIN(tst_HistoryFile)
#include "tst_historyfile.moc"
