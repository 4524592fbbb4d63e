// SPDX-License-Identifier: MIT
// The contact sample as a table: checked by QAbstractItemModelTester through every change, and
// its CSV (what Copy and Export CSV write) quoted so that any text survives a spreadsheet.
#include "models/samplemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

namespace {

Contact contact(const QString &id, const QString &email, const QJsonObject &custom = {})
{
    Contact c;
    c.id = id;
    c.email = email;
    c.firstName = QStringLiteral("Ana");
    c.city = QStringLiteral("Köln");
    c.listIds = {QStringLiteral("L1")};
    c.customFields = custom;
    return c;
}

} // namespace

class tst_SampleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughEveryChange();
    void customFieldsBecomeColumns();
    void csvQuotesWhatNeedsIt();
};

void tst_SampleModel::passesTheModelTesterThroughEveryChange()
{
    SampleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setContacts({contact("c1", "a@x.example"), contact("c2", "b@x.example")},
                      {{"L1", "Newsletter"}});
    QCOMPARE(model.rowCount(), 2);
    model.setContacts({contact("c3", "c@x.example", {{"tier", "gold"}})});
    QCOMPARE(model.rowCount(), 1);
    model.setContacts({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_SampleModel::customFieldsBecomeColumns()
{
    SampleModel model;
    model.setContacts({contact("c1", "a@x.example", {{"tier", "gold"}}),
                       contact("c2", "b@x.example", {{"score", 7}})},
                      {{"L1", "Newsletter"}});
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains("tier") && headers.contains("score"), qPrintable(headers.join(",")));
    QVERIFY(model.toCsv().contains("Newsletter")); // list ids shown by name
}

void tst_SampleModel::csvQuotesWhatNeedsIt()
{
    SampleModel model;
    model.setContacts({contact("c1", "a,\"b\"@x.example")});
    const QString csv = model.toCsv();
    QVERIFY2(csv.contains("\"a,\"\"b\"\"@x.example\""), qPrintable(csv));
    QCOMPARE(csv.split(u'\n', Qt::SkipEmptyParts).size(), 2); // header + one contact
}

QTEST_GUILESS_MAIN(tst_SampleModel)
#include "tst_samplemodel.moc"
