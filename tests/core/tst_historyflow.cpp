// SPDX-License-Identifier: MIT
// HistoryFlow without widgets: what the History dock shows for the open segment (or why nothing),
// and the latest query filed for each listed segment, which the list's filter matches.
#include "flows/historyflow.h"
#include "local/historystore.h"

#include <QTemporaryDir>
#include <QTest>

class tst_HistoryFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAStoreNothingIsKept();
    void versionsAreThoseOfTheProfile();
    void latestQueriesOfListedSegments();

private:
    static HistoryVersion version(const QString &profile, const QString &id, const QString &query,
                                  const QString &updatedAt = "2026-01-02T03:04:05Z");
};

HistoryVersion tst_HistoryFlow::version(const QString &profile, const QString &id,
                                        const QString &query, const QString &updatedAt)
{
    HistoryVersion v;
    v.profileId = profile;
    v.segmentId = id;
    v.recordedAt = QDateTime::fromString(updatedAt, Qt::ISODate);
    v.name = "Segment " + id;
    v.queryDsl = query;
    v.segmentUpdatedAt = updatedAt;
    return v;
}

void tst_HistoryFlow::withoutAStoreNothingIsKept()
{
    HistoryFlow flow(nullptr);
    QVERIFY(!flow.isKept());
    QCOMPARE(flow.versionsOf("a").error(),
             QStringLiteral("No local history is kept for this session."));
    QVERIFY(flow.latestQueries({}).isEmpty());
}

void tst_HistoryFlow::versionsAreThoseOfTheProfile()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath("history.sqlite")).isOk());
    QVERIFY(store.record(version("one", "a", "SELECT 1")).isOk());
    QVERIFY(store.record(version("two", "a", "SELECT 2")).isOk());
    HistoryFlow flow(&store);
    QCOMPARE(flow.versionsOf({}).error(), QStringLiteral("Open a segment to see its history."));
    flow.setProfile("one");
    QCOMPARE(flow.versionsOf("a").value().size(), 1);
    QCOMPARE(flow.versionsOf("a").value().constFirst().queryDsl, QStringLiteral("SELECT 1"));
    flow.setProfile("three");
    QVERIFY(flow.versionsOf("a").value().isEmpty());
}

void tst_HistoryFlow::latestQueriesOfListedSegments()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath("history.sqlite")).isOk());
    QVERIFY(store.record(version("p", "a", "SELECT 1")).isOk());
    QVERIFY(store.record(version("p", "a", "SELECT 2", "2026-01-03T03:04:05Z")).isOk());
    QVERIFY(store.record(version("p", "gone", "SELECT 3")).isOk());
    HistoryFlow flow(&store);
    flow.setProfile("p");
    SegmentSummary a, b;
    a.id = "a";
    b.id = "b"; // listed, never filed
    const QHash<QString, QString> latest = flow.latestQueries({a, b});
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.value("a"), QStringLiteral("SELECT 2"));
}

QTEST_GUILESS_MAIN(tst_HistoryFlow)
#include "tst_historyflow.moc"
