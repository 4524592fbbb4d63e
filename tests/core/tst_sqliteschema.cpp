// SPDX-License-Identifier: MIT
// SqliteSchema on real SQLite files: migrations run in order from the file's version, all of
// them or none, and a file is never written before its version is known.
#include "local/sqliteconnection.h"
#include "local/sqliteschema.h"
#include "support/storefile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SqliteSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runsTheMissingMigrationsInOrder();
    void aFailedMigrationChangesNothing();
    void aNewFileGetsEveryMigration();

private:
    static SqliteSchema threeSteps(const QString &lastStep);
    StoreResult open(const SqliteSchema &schema);

    QTemporaryDir m_dir;
    QString m_file;
};

void tst_SqliteSchema::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

SqliteSchema tst_SqliteSchema::threeSteps(const QString &lastStep)
{
    return SqliteSchema(QStringLiteral("t"),
                        {{QStringLiteral("CREATE TABLE t (a TEXT)")},
                         {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT"),
                          QStringLiteral("UPDATE t SET b = a || '+b'")},
                         {lastStep}});
}

StoreResult tst_SqliteSchema::open(const SqliteSchema &schema)
{
    SqliteConnection connection(QStringLiteral("schema-test"));
    if (const VoidResult opened = connection.open(m_file); !opened.isOk())
        return StoreResult::failure(StoreProblem::Unavailable, opened.error());
    return schema.open(connection.database(), [] { return VoidResult::success(); });
}

// Step 3 reads the column step 2 made: it can only work when the steps run in order.
void tst_SqliteSchema::runsTheMissingMigrationsInOrder()
{
    QVERIFY(StoreFile::run(
        m_file,
        {QStringLiteral("CREATE TABLE t (a TEXT)"), QStringLiteral("INSERT INTO t VALUES ('x')")}));
    const StoreResult opened
        = open(threeSteps(QStringLiteral("UPDATE t SET a = b || '+c' WHERE b IS NOT NULL")));
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("SELECT a FROM t")).toString(),
             QStringLiteral("x+b+c"));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 3);
}

void tst_SqliteSchema::aFailedMigrationChangesNothing()
{
    QVERIFY(StoreFile::run(
        m_file,
        {QStringLiteral("CREATE TABLE t (a TEXT)"), QStringLiteral("INSERT INTO t VALUES ('x')")}));
    const StoreResult opened = open(threeSteps(QStringLiteral("UPDATE nowhere SET a = 1")));
    QCOMPARE(opened.problem(), StoreProblem::Migration);
    QVERIFY2(opened.error().contains(QStringLiteral("from schema version 2 to 3")),
             qPrintable(opened.error()));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('t')"))
                 .toInt(),
             1); // step 2's column went with the rollback
}

void tst_SqliteSchema::aNewFileGetsEveryMigration()
{
    const StoreResult opened = open(threeSteps(QStringLiteral("CREATE INDEX t_b ON t(b)")));
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
    QCOMPARE(StoreFile::value(m_file, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(StoreFile::value(m_file,
                              QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                             "name = 't_b'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_SqliteSchema)
#include "tst_sqliteschema.moc"
