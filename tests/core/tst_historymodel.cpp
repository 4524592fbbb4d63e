// SPDX-License-Identifier: MIT
// HistoryModel: the versions of one segment, newest first, checked by QAbstractItemModelTester.
#include "models/historymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Source = HistoryVersion::Source;

namespace {

const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

HistoryVersion version(int number, qint64 secondsBeforeNow, Source source)
{
    HistoryVersion v;
    v.id = 100 + number;
    v.number = number;
    v.profileId = QStringLiteral("p");
    v.segmentId = QStringLiteral("s");
    v.recordedAt = now.addSecs(-secondsBeforeNow);
    v.name = QStringLiteral("Name %1").arg(number);
    v.queryDsl = QStringLiteral("SELECT contact_id FROM contact_data");
    v.validation = QStringLiteral("VALID");
    v.source = source;
    return v;
}

} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithEveryColumn();
    void tooltipsGiveTheFullStory();
    void resetAndEmptyPassTheTester();
};

void tst_HistoryModel::newestFirstWithEveryColumn()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    HistoryVersion counted = version(3, 30, Source::ThisApp);
    counted.contactsCount = 1234;
    model.setVersions(
        {version(1, 7200, Source::Elsewhere), version(2, 600, Source::ThisApp), counted});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, HistoryModel::Number), QStringLiteral("3"));
    QCOMPARE(cell(2, HistoryModel::Number), QStringLiteral("1"));
    QCOMPARE(cell(0, HistoryModel::Recorded), QStringLiteral("just now"));
    QCOMPARE(cell(1, HistoryModel::Recorded), QStringLiteral("10 min ago"));
    QCOMPARE(cell(2, HistoryModel::Recorded), QStringLiteral("2 h ago"));
    QCOMPARE(cell(0, HistoryModel::Source), QStringLiteral("this app"));
    QCOMPARE(cell(2, HistoryModel::Source), QStringLiteral("elsewhere"));
    QCOMPARE(cell(1, HistoryModel::Name), QStringLiteral("Name 2"));
    QCOMPARE(cell(0, HistoryModel::Contacts), QLocale().toString(1234));
    QCOMPARE(cell(1, HistoryModel::Contacts), QStringLiteral("—"));
    QCOMPARE(cell(0, HistoryModel::Validation), QStringLiteral("VALID"));
    QCOMPARE(model.index(2, 0).data(HistoryModel::NumberRole).toInt(), 1);
    QCOMPARE(model.versionAt(2).id, 101);
    QCOMPARE(model.rowOfNumber(3), 0);
    QCOMPARE(model.rowOfNumber(1), 2);
    QCOMPARE(model.rowOfNumber(9), -1);
}

void tst_HistoryModel::tooltipsGiveTheFullStory()
{
    HistoryModel model;
    model.setNow(now);
    HistoryVersion invalid = version(1, 90, Source::Elsewhere);
    invalid.validation = QStringLiteral("INVALID");
    invalid.validationError = QStringLiteral("unknown field 'cuntry'");
    model.setVersions({invalid});
    QCOMPARE(model.index(0, HistoryModel::Recorded).data(Qt::ToolTipRole).toString(),
             QLocale().toString(invalid.recordedAt.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(model.index(0, HistoryModel::Validation).data(Qt::ToolTipRole).toString(),
             invalid.validationError);
    QVERIFY(!model.index(0, HistoryModel::Source).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(HistoryModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void tst_HistoryModel::resetAndEmptyPassTheTester()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersions({version(1, 10, Source::Elsewhere), version(2, 5, Source::ThisApp)});
    model.setNow(now.addDays(3)); // the relative times change
    QCOMPARE(model.index(0, HistoryModel::Recorded).data().toString(),
             QStringLiteral("3 days ago"));
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
