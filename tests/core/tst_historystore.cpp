// SPDX-License-Identifier: MIT
// HistoryStore on real SQLite files in a temp folder.
#include "local/historystore.h"
#include "local/interimprofileid.h"
#include "local/localpaths.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Source = HistoryVersion::Source;

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordAndReadBack();
    void identicalVersionIsNotRecordedTwice();
    void boundedPerSegment();
    void orderedOldestFirstPerProfileAndSegment();
    void persistsAcrossReopen();
    void fileIsInWalMode();
    void twoWritersShareOneFile();
    void segmentsWithHistoryKeepsDeletedOnes();
    void unknownIdFails();
    void openFailureIsReported();
    void cliFindsTheWindowsDataFolder();
    void interimProfileIds_data();
    void interimProfileIds();

private:
    /// The versions, or none (with a warning) when they cannot be read.
    static QList<HistoryVersion> versionsIn(const HistoryStore &store, const QString &profile,
                                            const QString &segment);
    /// The number the store gave the version, or -1 (with a warning) when recording failed.
    static int recordedNumber(HistoryStore &store, const HistoryVersion &version);
    static HistoryVersion version(const QString &segment, const QString &query,
                                  const QString &updatedAt, Source source = Source::ThisApp,
                                  const QString &profile = QStringLiteral("sandbox"));

    QTemporaryDir m_dir;
    QString m_file;
};

void tst_HistoryStore::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

QList<HistoryVersion> tst_HistoryStore::versionsIn(const HistoryStore &store,
                                                   const QString &profile, const QString &segment)
{
    const Result<QList<HistoryVersion>> found = store.versions(profile, segment);
    if (!found.isOk())
        qWarning("%s", qPrintable(found.error()));
    return found.isOk() ? found.value() : QList<HistoryVersion>();
}

int tst_HistoryStore::recordedNumber(HistoryStore &store, const HistoryVersion &version)
{
    const Result<HistoryVersion> recorded = store.record(version);
    if (!recorded.isOk())
        qWarning("%s", qPrintable(recorded.error()));
    return recorded.isOk() ? recorded.value().number : -1;
}

HistoryVersion tst_HistoryStore::version(const QString &segment, const QString &query,
                                         const QString &updatedAt, Source source,
                                         const QString &profile)
{
    HistoryVersion v;
    v.profileId = profile;
    v.segmentId = segment;
    v.recordedAt = QDateTime::currentDateTimeUtc();
    v.name = QStringLiteral("Segment ") + segment;
    v.queryDsl = query;
    v.contactsCount = 42;
    v.validation = QStringLiteral("PENDING");
    v.source = source;
    v.segmentUpdatedAt = updatedAt;
    return v;
}

void tst_HistoryStore::recordAndReadBack()
{
    HistoryStore store;
    QVERIFY(store.open(m_file).isOk());
    HistoryVersion v = version(QStringLiteral("s1"), QStringLiteral("SELECT 1"),
                               QStringLiteral("2026-11-20T16:42:11Z"), Source::Elsewhere);
    v.contactsCount.reset();
    v.validationError = QStringLiteral("bad column");
    const Result<HistoryVersion> recorded = store.record(v);
    QVERIFY2(recorded.isOk(), qPrintable(recorded.error()));
    QCOMPARE(recorded.value().number, 1);
    QVERIFY(recorded.value().id > 0);
    const Result<HistoryVersion> read = store.version(recorded.value().id);
    QVERIFY(read.isOk());
    QCOMPARE(read.value().queryDsl, v.queryDsl);
    QCOMPARE(read.value().name, v.name);
    QCOMPARE(read.value().source, Source::Elsewhere);
    QCOMPARE(read.value().contactsCount, std::nullopt);
    QCOMPARE(read.value().validationError, QStringLiteral("bad column"));
    QCOMPARE(read.value().segmentUpdatedAt, v.segmentUpdatedAt);
    QCOMPARE(read.value().recordedAt.toMSecsSinceEpoch(), v.recordedAt.toMSecsSinceEpoch());
}

void tst_HistoryStore::identicalVersionIsNotRecordedTwice()
{
    HistoryStore store;
    QVERIFY(store.open(m_file).isOk());
    const HistoryVersion saved = version(QStringLiteral("s1"), QStringLiteral("SELECT 1"),
                                         QStringLiteral("2026-11-20T16:42:11Z"));
    const Result<HistoryVersion> first = store.record(saved);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    // The same definition read back later: validation has finished, the count moved.
    HistoryVersion read = saved;
    read.source = Source::Elsewhere;
    read.validation = QStringLiteral("VALID");
    read.contactsCount = 40;
    const Result<HistoryVersion> again = store.record(read);
    QVERIFY(again.isOk());
    QCOMPARE(again.value().number, 1);
    const QList<HistoryVersion> all
        = versionsIn(store, QStringLiteral("sandbox"), QStringLiteral("s1"));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).source, Source::ThisApp);
    QCOMPARE(all.at(0).validation, QStringLiteral("VALID"));
    QCOMPARE(all.at(0).contactsCount, 40);
    // A changed definition is a new version; going back to the first is one too.
    QVERIFY(store
                .record(version(QStringLiteral("s1"), QStringLiteral("SELECT 2"),
                                QStringLiteral("2026-11-20T17:00:00Z")))
                .isOk());
    QVERIFY(store.record(saved).isOk());
    QCOMPARE(versionsIn(store, QStringLiteral("sandbox"), QStringLiteral("s1")).size(), 3);
}

void tst_HistoryStore::boundedPerSegment()
{
    HistoryStore store(5);
    QVERIFY(store.open(m_file).isOk());
    for (int i = 1; i <= 8; ++i)
        QVERIFY(store
                    .record(version(QStringLiteral("s1"), QStringLiteral("SELECT %1").arg(i),
                                    QStringLiteral("t%1").arg(i)))
                    .isOk());
    QVERIFY(
        store
            .record(version(QStringLiteral("s2"), QStringLiteral("SELECT 1"), QStringLiteral("t1")))
            .isOk());
    const QList<HistoryVersion> kept
        = versionsIn(store, QStringLiteral("sandbox"), QStringLiteral("s1"));
    QCOMPARE(kept.size(), 5);
    QCOMPARE(kept.first().number, 4);
    QCOMPARE(kept.first().queryDsl, QStringLiteral("SELECT 4"));
    QCOMPARE(kept.last().number, 8);
    QCOMPARE(versionsIn(store, QStringLiteral("sandbox"), QStringLiteral("s2")).size(), 1);
    QCOMPARE(HistoryStore::DefaultMaxVersionsPerSegment, 500);
}

void tst_HistoryStore::orderedOldestFirstPerProfileAndSegment()
{
    HistoryStore store;
    QVERIFY(store.open(m_file).isOk());
    const QString other = QStringLiteral("host:api.sendgrid.com");
    QVERIFY(
        store
            .record(version(QStringLiteral("s1"), QStringLiteral("SELECT 1"), QStringLiteral("t1")))
            .isOk());
    QVERIFY(store
                .record(version(QStringLiteral("s1"), QStringLiteral("SELECT 9"),
                                QStringLiteral("t1"), Source::ThisApp, other))
                .isOk());
    QVERIFY(
        store
            .record(version(QStringLiteral("s2"), QStringLiteral("SELECT 5"), QStringLiteral("t1")))
            .isOk());
    QVERIFY(store
                .record(version(QStringLiteral("s1"), QStringLiteral("SELECT 2"),
                                QStringLiteral("t2"), Source::Elsewhere))
                .isOk());
    const QList<HistoryVersion> s1
        = versionsIn(store, QStringLiteral("sandbox"), QStringLiteral("s1"));
    QCOMPARE(s1.size(), 2);
    QCOMPARE(s1.at(0).queryDsl, QStringLiteral("SELECT 1"));
    QCOMPARE(s1.at(1).queryDsl, QStringLiteral("SELECT 2"));
    QCOMPARE(s1.at(1).number, 2);
    QCOMPARE(s1.at(1).source, Source::Elsewhere);
    const QList<HistoryVersion> elsewhere = versionsIn(store, other, QStringLiteral("s1"));
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(elsewhere.at(0).number, 1);
}

void tst_HistoryStore::persistsAcrossReopen()
{
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(m_file).isOk());
        QVERIFY(store
                    .record(version(QStringLiteral("s1"), QStringLiteral("SELECT 1"),
                                    QStringLiteral("t1")))
                    .isOk());
        const Result<HistoryVersion> second = store.record(
            version(QStringLiteral("s1"), QStringLiteral("SELECT 2"), QStringLiteral("t2")));
        QVERIFY(second.isOk());
        id = second.value().id;
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(m_file).isOk());
    const QList<HistoryVersion> all
        = versionsIn(reopened, QStringLiteral("sandbox"), QStringLiteral("s1"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).id, id);
    const Result<HistoryVersion> byId = reopened.version(id);
    QVERIFY(byId.isOk());
    QCOMPARE(byId.value().queryDsl, QStringLiteral("SELECT 2"));
    // Numbering continues where it stopped, and the same definition is still recognised.
    QCOMPARE(recordedNumber(
                 reopened,
                 version(QStringLiteral("s1"), QStringLiteral("SELECT 2"), QStringLiteral("t2"))),
             2);
    QCOMPARE(recordedNumber(
                 reopened,
                 version(QStringLiteral("s1"), QStringLiteral("SELECT 3"), QStringLiteral("t3"))),
             3);
}

void tst_HistoryStore::fileIsInWalMode()
{
    {
        HistoryStore store;
        QVERIFY(store.open(m_file).isOk());
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_HistoryStore::twoWritersShareOneFile()
{
    // The window and a CLI run: two connections to one file, each seeing what the other wrote.
    HistoryStore window;
    HistoryStore cli;
    QVERIFY(window.open(m_file).isOk());
    QVERIFY(cli.open(m_file).isOk());
    const HistoryVersion first
        = version(QStringLiteral("s1"), QStringLiteral("SELECT 1"), QStringLiteral("t1"));
    QCOMPARE(recordedNumber(window, first), 1);
    QCOMPARE(recordedNumber(cli, first), 1); // the same definition: not again
    QCOMPARE(
        recordedNumber(
            cli, version(QStringLiteral("s1"), QStringLiteral("SELECT 2"), QStringLiteral("t2"))),
        2);
    QCOMPARE(recordedNumber(
                 window,
                 version(QStringLiteral("s1"), QStringLiteral("SELECT 3"), QStringLiteral("t3"))),
             3);
    QCOMPARE(versionsIn(cli, QStringLiteral("sandbox"), QStringLiteral("s1")).size(), 3);
}

void tst_HistoryStore::segmentsWithHistoryKeepsDeletedOnes()
{
    HistoryStore store;
    QVERIFY(store.open(m_file).isOk());
    HistoryVersion old
        = version(QStringLiteral("gone"), QStringLiteral("SELECT 1"), QStringLiteral("t1"));
    old.recordedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(store.record(old).isOk());
    HistoryVersion renamed
        = version(QStringLiteral("gone"), QStringLiteral("SELECT 1"), QStringLiteral("t2"));
    renamed.recordedAt = old.recordedAt.addSecs(60);
    renamed.name = QStringLiteral("Renamed");
    QVERIFY(store.record(renamed).isOk());
    QVERIFY(store
                .record(version(QStringLiteral("live"), QStringLiteral("SELECT 2"),
                                QStringLiteral("t1")))
                .isOk());
    QVERIFY(store
                .record(version(QStringLiteral("other"), QStringLiteral("SELECT 2"),
                                QStringLiteral("t1"), Source::ThisApp, QStringLiteral("host:x")))
                .isOk());
    const Result<QList<SegmentHistorySummary>> segments
        = store.segmentsWithHistory(QStringLiteral("sandbox"));
    QVERIFY(segments.isOk());
    QCOMPARE(segments.value().size(), 2);
    QCOMPARE(segments.value().at(0).segmentId, QStringLiteral("live"));
    QCOMPARE(segments.value().at(1).segmentId, QStringLiteral("gone"));
    QCOMPARE(segments.value().at(1).latestName, QStringLiteral("Renamed"));
    QCOMPARE(segments.value().at(1).versionCount, 2);
}

void tst_HistoryStore::unknownIdFails()
{
    HistoryStore store;
    QVERIFY(store.open(m_file).isOk());
    const Result<HistoryVersion> missing = store.version(12345);
    QVERIFY(!missing.isOk());
    QVERIFY(missing.error().contains(QStringLiteral("no version has this id")));
}

void tst_HistoryStore::openFailureIsReported()
{
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store;
    const VoidResult opened = store.open(blocker.fileName() + QStringLiteral("/history.sqlite"));
    QVERIFY(!opened.isOk());
    QVERIFY(opened.error().contains(QStringLiteral("cannot create the folder")));
    const Result<HistoryVersion> recorded = store.record(
        version(QStringLiteral("s1"), QStringLiteral("SELECT 1"), QStringLiteral("t1")));
    QVERIFY(!recorded.isOk());
    QVERIFY(!store.versions(QStringLiteral("sandbox"), QStringLiteral("s1")).isOk());
}

void tst_HistoryStore::cliFindsTheWindowsDataFolder()
{
    // The window names itself so (ui/main.cpp) and keeps its files in AppDataLocation; the CLI,
    // named segmentdesk-cli, must land in the same folder.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SegmentDesk"));
    const QString windows = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QCOMPARE(LocalPaths::dataDir(), windows);
    QCOMPARE(LocalPaths::historyFile(), windows + QStringLiteral("/history.sqlite"));
}

void tst_HistoryStore::interimProfileIds_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:41234"))
                               << QStringLiteral("sandbox");
    QTest::newRow("localhost") << QUrl(QStringLiteral("http://localhost:8080/"))
                               << QStringLiteral("sandbox");
    QTest::newRow("::1") << QUrl(QStringLiteral("http://[::1]:9000")) << QStringLiteral("sandbox");
    QTest::newRow("sendgrid") << QUrl(QStringLiteral("https://api.sendgrid.com"))
                              << QStringLiteral("host:api.sendgrid.com");
    QTest::newRow("case and path") << QUrl(QStringLiteral("https://API.SendGrid.com/v3"))
                                   << QStringLiteral("host:api.sendgrid.com");
}

void tst_HistoryStore::interimProfileIds()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(interimProfileId(url), expected);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
