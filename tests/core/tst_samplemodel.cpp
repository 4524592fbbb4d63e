// SPDX-License-Identifier: MIT
// The contact sample as a table: checked by QAbstractItemModelTester through every change, and
// its CSV (what Copy and Export CSV write) quoted so that any text survives a spreadsheet.
#include "models/samplemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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

/// The rows a spreadsheet reads from `csv` (RFC 4180): a CR or LF outside quotes ends a row,
/// as Excel and LibreOffice take a bare CR.
QList<QStringList> spreadsheetRows(const QString &csv)
{
    QList<QStringList> rows {{}};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted && c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
            cell += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            rows.last() << std::exchange(cell, QString());
        } else if (!quoted && (c == u'\r' || c == u'\n')) {
            rows.last() << std::exchange(cell, QString());
            rows << QStringList();
        } else {
            cell += c;
        }
    }
    rows.removeLast(); // after the final line break
    return rows;
}

} // namespace

class tst_SampleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughEveryChange();
    void customFieldsBecomeColumns();
    void csvQuotesWhatNeedsIt();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void hugeValuesAreShownByTheirStart();
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

void tst_SampleModel::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cell"); // what the spreadsheet's cell holds
    const QString cmd = QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("bare CR, then a formula")
        << QStringLiteral("Bob\r") + cmd << QStringLiteral("Bob\r") + cmd;
    QTest::newRow("CR first") << QStringLiteral("\r") + cmd << QStringLiteral("'\r") + cmd;
    QTest::newRow("tab first") << QStringLiteral("\t") + cmd << QStringLiteral("'\t") + cmd;
    QTest::newRow("spaces first") << QStringLiteral("  ") + cmd << QStringLiteral("'  ") + cmd;
    QTest::newRow("LF first") << QStringLiteral("\n@SUM(1)") << QStringLiteral("'\n@SUM(1)");
    for (const char *start : {"=", "+", "-", "@"})
        QTest::addRow("%s", start) << QString::fromLatin1(start) + QStringLiteral("1+2")
                                   << u'\'' + QString::fromLatin1(start) + QStringLiteral("1+2");
    QTest::newRow("tab inside") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::newRow("semicolon") << QStringLiteral("a;=1") << QStringLiteral("a;=1");
    QTest::newRow("plain") << QStringLiteral("Bob") << QStringLiteral("Bob");
}

// OWASP's CSV injection rules: every cell that could start a formula starts with ' instead,
// and a field holding CR, LF, tab, a separator or a quote is quoted, so it stays one cell.
void tst_SampleModel::csvNeutralisesFormulas()
{
    QFETCH(QString, name);
    QFETCH(QString, cell);
    SampleModel model;
    Contact c = contact(QStringLiteral("c1"), QStringLiteral("bob@x.example"));
    c.firstName = name;
    model.setContacts({c});
    const QString csv = model.toCsv();
    const QList<QStringList> rows = spreadsheetRows(csv);
    QCOMPARE(rows.size(), 2); // header and Bob, whatever his name holds
    QCOMPARE(rows.at(1).size(), model.columnCount());
    QCOMPARE(rows.at(1).at(1), cell);
    QVERIFY2(csv.contains(u'"')
                 == QRegularExpression(QStringLiteral("[\t\r\n;,\"]")).match(name).hasMatch(),
             qPrintable(csv));
}

// A 600 KB name laid out for its cell stalled the window for seconds (bench_hugedata): the table
// and the tooltip show its start and its length, Copy and Export the whole of it.
void tst_SampleModel::hugeValuesAreShownByTheirStart()
{
    SampleModel model;
    Contact c = contact(QStringLiteral("c1"), QStringLiteral("bob@x.example"),
                        {{"note", QString(700000, u'n')}});
    c.firstName = QString(600000, u'x');
    model.setContacts({c});
    const int note = model.columnCount() - 1;
    for (const int column : {1, note}) {
        const QString shown = model.index(0, column).data().toString();
        QCOMPARE(shown.size(), SampleModel::CellChars + 1);
        QVERIFY(shown.endsWith(u'\u2026'));
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.size() < SampleModel::ToolTipChars + 200, qPrintable(tip.right(100)));
        QVERIFY2(tip.contains(QLocale().toString(column == 1 ? 600000 : 700000)),
                 qPrintable(tip.right(100)));
    }
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("bob@x.example")); // short: whole
    const QList<QStringList> rows = spreadsheetRows(model.toCsv());
    QCOMPARE(rows.at(1).at(1), c.firstName);
    QCOMPARE(rows.at(1).at(note), QString(700000, u'n'));
}

QTEST_GUILESS_MAIN(tst_SampleModel)
#include "tst_samplemodel.moc"
