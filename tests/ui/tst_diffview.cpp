// SPDX-License-Identifier: MIT
// DiffView: two versions side by side, removals marked on the older side and additions on the
// newer one, in the panes' QTextDocuments.
#include "diffpane.h"
#include "diffview.h"
#include "translations.h"

#include <QLabel>
#include <QTest>
#include <QTextBlock>

namespace {

const QString head = QStringLiteral("SELECT contact_id FROM contact_data WHERE ");

/// The text of each marked fragment of `pane` with its kind: "-text" removed, "+text" added.
QStringList marks(const DiffPane *pane)
{
    QStringList out;
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.hasProperty(DiffPane::KindProperty))
                continue;
            const auto kind = QueryDiff::Run::Kind(format.intProperty(DiffPane::KindProperty));
            if (kind != QueryDiff::Run::Kind::Same)
                out.append((kind == QueryDiff::Run::Kind::Added ? "+" : "-")
                           + it.fragment().text());
        }
    }
    return out;
}

} // namespace

class tst_DiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QStringLiteral("en")); } // plural forms
    void sidesMarkTheirChanges_data();
    void sidesMarkTheirChanges();
    void renameIsMarkedOnBothSides();
    void clearForgetsTheComparison();
};

void tst_DiffView::sidesMarkTheirChanges_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QStringList>("olderMarks");
    QTest::addColumn<QStringList>("newerMarks");
    QTest::addColumn<QString>("summary");

    QTest::newRow("value") << head + "country = 'US' AND city = 'Paris'"
                           << head + "country = 'FR' AND city = 'Paris'" << QStringList {"-'US'"}
                           << QStringList {"+'FR'"} << "1 change in the query";
    QTest::newRow("deletion") << head + "country = 'US' AND city = 'Paris'"
                              << head + "country = 'US'" << QStringList {"-AND city = 'Paris'"}
                              << QStringList {} << "1 change in the query";
    QTest::newRow("operator and list")
        << head + "country = 'Germany'" << head + "country IN ('Germany', 'Austria')"
        << QStringList {"-="} << QStringList {"+IN (", "+, 'Austria')"} << "2 changes in the query";
    QTest::newRow("same") << head + "country = 'US'" << head + "country = 'US'" << QStringList {}
                          << QStringList {} << "No differences.";
}

void tst_DiffView::sidesMarkTheirChanges()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QStringList, olderMarks);
    QFETCH(QStringList, newerMarks);
    QFETCH(QString, summary);
    DiffView view;
    view.compare({"Version 1", "n", older}, {"Version 2", "n", newer});
    QCOMPARE(view.olderPane()->toPlainText(), older);
    QCOMPARE(view.newerPane()->toPlainText(), newer);
    QCOMPARE(marks(view.olderPane()), olderMarks);
    QCOMPARE(marks(view.newerPane()), newerMarks);
    QCOMPARE(view.summary(), summary);
}

void tst_DiffView::renameIsMarkedOnBothSides()
{
    DiffView view;
    const QString q = head + "country = 'US'";
    view.compare({"Version 1", "Germany", q}, {"Version 3", "DACH <customers>", q});
    const auto *older = view.findChild<QLabel *>("olderName");
    const auto *newer = view.findChild<QLabel *>("newerName");
    QVERIFY(older && newer);
    QVERIFY(older->text().startsWith("<s "));
    QVERIFY(older->text().contains(">Germany<"));
    QVERIFY(newer->text().contains("DACH &lt;customers&gt;"));
    QCOMPARE(view.summary(), QStringLiteral("renamed"));
}

void tst_DiffView::clearForgetsTheComparison()
{
    DiffView view;
    view.compare({"Version 1", "a", head + "x = 1"}, {"Version 2", "b", head + "x = 2"});
    view.clear();
    QVERIFY(view.olderPane()->toPlainText().isEmpty());
    QVERIFY(view.newerPane()->toPlainText().isEmpty());
    QVERIFY(view.findChild<QLabel *>("newerName")->text().isEmpty());
}

QTEST_MAIN(tst_DiffView)
#include "tst_diffview.moc"
