// SPDX-License-Identifier: MIT
#include "models/relativetime.h"
#include "models/segmenttablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime now = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);

SegmentSummary segment(const QString &id, const QString &name, const QDateTime &updated = now)
{
    SegmentSummary s;
    s.id = id;
    s.name = name;
    s.contactsCount = 1234;
    s.updatedAt = Timestamp::fromDateTime(updated);
    s.sampleUpdatedAt = Timestamp::fromDateTime(updated.addSecs(-3600));
    s.parentListIds = {QStringLiteral("list-1")};
    s.status.queryValidation = QStringLiteral("VALID");
    return s;
}

} // namespace

class tst_SegmentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesTheModelTesterThroughEveryChange();
    void relativeTime_data();
    void relativeTime();
    void timeColumnsReadAsAgesWithTheFullDateInTheTooltip();
    void movingTheReferenceTimeUpdatesTheAges();
    void unreadableTimesSayUnknown();
    void segmentNeverCountedSaysSo();
};

void tst_SegmentTableModel::passesTheModelTesterThroughEveryChange()
{
    SegmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(now);
    model.setSegments({segment("a", "Alpha"), segment("b", "Beta")}, {{"list-1", "Newsletter"}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SegmentTableModel::ParentList).data().toString(),
             QStringLiteral("Newsletter"));
    model.updateSegment(segment("b", "Beta, renamed"));
    model.updateSegment(segment("c", "Gamma")); // a new row
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("c"), 2);
    model.setListNames({{"list-1", "Weekly"}});
    model.setReferenceTime(now.addSecs(600));
    model.setSegments({}, {});
    QCOMPARE(model.rowCount(), 0);
    model.setReferenceTime(now); // no rows: nothing to announce
}

void tst_SegmentTableModel::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << "just now";
    QTest::newRow("59 s") << qint64(59) << "just now";
    QTest::newRow("clock a little ahead") << qint64(-30) << "just now";
    QTest::newRow("1 min") << qint64(60) << "1 min ago";
    QTest::newRow("12 min") << qint64(12 * 60 + 59) << "12 min ago";
    QTest::newRow("59 min") << qint64(3599) << "59 min ago";
    QTest::newRow("1 h") << qint64(3600) << "1 h ago";
    QTest::newRow("23 h") << qint64(23 * 3600 + 3599) << "23 h ago";
    QTest::newRow("a day") << qint64(24 * 3600 + 60) << "yesterday";
    QTest::newRow("3 days") << qint64(3 * 24 * 3600) << "3 days ago";
    QTest::newRow("6 days") << qint64(6 * 24 * 3600) << "6 days ago";
    QTest::newRow("a week: the date")
        << qint64(7 * 24 * 3600)
        << QLocale().toString(now.addDays(-7).toLocalTime().date(), QLocale::ShortFormat);
    QTest::newRow("far in the future: the date and time")
        << qint64(-2 * 3600)
        << QLocale().toString(now.addSecs(2 * 3600).toLocalTime(), QLocale::ShortFormat);
}

void tst_SegmentTableModel::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    QCOMPARE(RelativeTime::text(now.addSecs(-secondsAgo), now), expected);
}

void tst_SegmentTableModel::timeColumnsReadAsAgesWithTheFullDateInTheTooltip()
{
    SegmentTableModel model;
    model.setReferenceTime(now);
    model.setSegments({segment("a", "Alpha", now.addSecs(-12 * 60))});
    const QModelIndex updated = model.index(0, SegmentTableModel::Updated);
    QCOMPARE(updated.data().toString(), QStringLiteral("12 min ago"));
    QCOMPARE(updated.data(Qt::ToolTipRole).toString(),
             QLocale().toString(now.addSecs(-12 * 60).toLocalTime(), QLocale::LongFormat));
    QCOMPARE(model.index(0, SegmentTableModel::AsOf).data().toString(), QStringLiteral("1 h ago"));
    // Sorting goes by the time itself, not by the text.
    QCOMPARE(updated.data(SegmentTableModel::SortRole).toDateTime(), now.addSecs(-12 * 60));
}

void tst_SegmentTableModel::movingTheReferenceTimeUpdatesTheAges()
{
    SegmentTableModel model;
    model.setReferenceTime(now);
    model.setSegments({segment("a", "Alpha", now.addSecs(-60))});
    QCOMPARE(model.index(0, SegmentTableModel::Updated).data().toString(),
             QStringLiteral("1 min ago"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(now.addSecs(5 * 60));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, SegmentTableModel::Updated).data().toString(),
             QStringLiteral("6 min ago"));
}

void tst_SegmentTableModel::unreadableTimesSayUnknown()
{
    SegmentTableModel model;
    SegmentSummary s = segment("a", "Alpha");
    s.updatedAt = Timestamp::fromString(QStringLiteral("yesterday-ish"));
    s.sampleUpdatedAt = {};
    model.setSegments({s});
    QCOMPARE(model.index(0, SegmentTableModel::Updated).data().toString(),
             QStringLiteral("unknown"));
    QVERIFY(model.index(0, SegmentTableModel::Updated)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("yesterday-ish")));
    QCOMPARE(model.index(0, SegmentTableModel::AsOf).data().toString(), QString());
}

// A new segment's 0 (its sample time is its creation time) is no count: #19 §3.
void tst_SegmentTableModel::segmentNeverCountedSaysSo()
{
    SegmentTableModel model;
    model.setReferenceTime(now);
    SegmentSummary fresh = segment("a", "Alpha");
    fresh.contactsCount = 0;
    fresh.createdAt = fresh.sampleUpdatedAt;
    SegmentSummary empty = segment("b", "Beta");
    empty.contactsCount = 0;
    empty.createdAt = Timestamp::fromDateTime(now.addDays(-2));
    model.setSegments({fresh, empty});
    QCOMPARE(model.index(0, SegmentTableModel::Contacts).data().toString(),
             QStringLiteral("not counted yet"));
    QCOMPARE(model.index(0, SegmentTableModel::AsOf).data().toString(), QString());
    QCOMPARE(model.index(1, SegmentTableModel::Contacts).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(1, SegmentTableModel::AsOf).data().toString(), QStringLiteral("1 h ago"));
    QVERIFY(
        model.index(0, SegmentTableModel::Contacts).data(SegmentTableModel::SortRole).toLongLong()
        < model.index(1, SegmentTableModel::Contacts)
              .data(SegmentTableModel::SortRole)
              .toLongLong());
}

QTEST_GUILESS_MAIN(tst_SegmentTableModel)
#include "tst_segmenttablemodel.moc"
