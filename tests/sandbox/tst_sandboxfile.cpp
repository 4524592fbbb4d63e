// SPDX-License-Identifier: MIT
// The sandbox's SQLite file across builds: a store of the build before schema versions keeps
// its segments, lists and fields; one of a later build or a damaged one is refused untouched.
#include "sandbox/fieldtable.h"
#include "sandbox/sandboxstore.h"
#include "support/storefile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensTheStoreOfTheBuildBeforeVersions();
    void refusesTheStoreOfALaterBuild();
    void refusesADamagedFile();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_file;
};

void tst_SandboxFile::init()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(m_folder));
    m_file = QDir(m_folder).filePath(QStringLiteral("sandbox.sqlite"));
}

// The tables as sandboxstore.cpp made them at 2def2a0, with a segment, a list, a custom field
// (a column of contact_data) and the seed written as that build wrote them.
void tst_SandboxFile::opensTheStoreOfTheBuildBeforeVersions()
{
    QVERIFY(StoreFile::run(
        m_file,
        {QStringLiteral("PRAGMA journal_mode = WAL"),
         QStringLiteral(
             "CREATE TABLE IF NOT EXISTS contact_data (contact_id TEXT NOT NULL, email TEXT, "
             "phone_number_id TEXT, external_id TEXT, anonymous_id TEXT, first_name TEXT, "
             "last_name TEXT, address_line_1 TEXT, address_line_2 TEXT, city TEXT, "
             "state_province_region TEXT, postal_code TEXT, country TEXT, phone_number TEXT, "
             "whatsapp TEXT, line TEXT, facebook TEXT, unique_name TEXT, list_ids TEXT NOT NULL "
             "DEFAULT '[]', alternate_emails TEXT NOT NULL DEFAULT '[]', email_domains TEXT NOT "
             "NULL DEFAULT '[]', created_at TEXT, updated_at TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS event_data (contact_id TEXT NOT NULL, "
                        "event_source TEXT, event_type TEXT, event_timestamp TEXT, data TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, name TEXT NOT "
                        "NULL UNIQUE, created_at TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS list_members (list_id TEXT NOT NULL, "
                        "contact_id TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS field_definitions (id TEXT PRIMARY KEY, "
                        "name TEXT NOT NULL UNIQUE COLLATE NOCASE, field_type TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE IF NOT EXISTS segments (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
             "query_dsl TEXT NOT NULL, parent_list_id TEXT, contacts_count INTEGER NOT NULL "
             "DEFAULT 0, sample TEXT NOT NULL DEFAULT '[]', created_at TEXT, updated_at TEXT, "
             "sample_updated_at TEXT, next_sample_update TEXT, sample_interval INTEGER NOT NULL "
             "DEFAULT 3600, query_validation TEXT NOT NULL, error_message TEXT, validate_at "
             "TEXT, last_refreshed_at TEXT, refresh_zone TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS refreshes (segment_id TEXT NOT NULL, at TEXT "
                        "NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
         QStringLiteral("ALTER TABLE contact_data ADD COLUMN \"loyalty\" REAL"),
         QStringLiteral("INSERT INTO field_definitions (id, name, field_type) VALUES "
                        "('e123456_N', 'loyalty', 'Number')"),
         QStringLiteral("INSERT INTO lists (id, name, created_at) VALUES ('l1', 'Kept list', "
                        "'2026-11-20T16:42:11Z')"),
         QStringLiteral("INSERT INTO segments (id, name, query_dsl, query_validation) VALUES "
                        "('s1', 'Kept segment', 'SELECT contact_id, updated_at FROM "
                        "contact_data', 'VALID')"),
         QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed', 7)")}));
    {
        SandboxStore store;
        const StoreResult opened = store.open(m_folder);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        const Result<QList<FieldDefinition>> fields = FieldTable(store).all();
        QVERIFY(fields.isOk());
        QCOMPARE(fields.value().size(), 1);
        QCOMPARE(fields.value().at(0).name, QStringLiteral("loyalty"));
        QCOMPARE(store.customFieldColumns(), QStringList {QStringLiteral("loyalty")});
        QCOMPARE(store.isSeeded().value(), true);
    }
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("SELECT name FROM segments")).toString(),
             QStringLiteral("Kept segment"));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("SELECT name FROM lists")).toString(),
             QStringLiteral("Kept list"));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void tst_SandboxFile::refusesTheStoreOfALaterBuild()
{
    QVERIFY(StoreFile::run(m_file,
                           {QStringLiteral("CREATE TABLE segments (id TEXT)"),
                            QStringLiteral("PRAGMA user_version = 5")}));
    const QByteArray before = StoreFile::bytes(m_file);
    SandboxStore store;
    const StoreResult opened = store.open(m_folder);
    QCOMPARE(opened.problem(), StoreProblem::TooNew);
    QVERIFY2(opened.error().contains(m_file), qPrintable(opened.error()));
    QCOMPARE(StoreFile::bytes(m_file), before);
}

void tst_SandboxFile::refusesADamagedFile()
{
    QVERIFY(
        StoreFile::write(m_file, QByteArray("SQLite format 2\0", 16) + QByteArray(4080, '\x01')));
    const QByteArray before = StoreFile::bytes(m_file);
    SandboxStore store;
    const StoreResult opened = store.open(m_folder);
    QCOMPARE(opened.problem(), StoreProblem::Corrupt);
    QCOMPARE(StoreFile::bytes(m_file), before);
}

QTEST_GUILESS_MAIN(tst_SandboxFile)
#include "tst_sandboxfile.moc"
