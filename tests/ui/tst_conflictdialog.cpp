// SPDX-License-Identifier: MIT
// The conflict dialog marks, in its panes' QTextDocuments, exactly the tokens theirs and mine
// changed against base: a changed value as that value, a deletion struck through in place.
#include "conflictdialog.h"
#include "diffpane.h"

#include <QLabel>
#include <QTest>
#include <QTextBlock>

namespace {

const QString head = QStringLiteral("SELECT contact_id FROM contact_data WHERE ");

/// The marked fragments of `pane`'s document in reading order: "-text" removed, "+text" added.
QStringList marks(const DiffPane *pane)
{
    QStringList out;
    int previousKind = int(QueryDiff::Run::Kind::Same);
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const int kind = format.hasProperty(DiffPane::KindProperty)
                ? format.intProperty(DiffPane::KindProperty)
                : int(QueryDiff::Run::Kind::Same);
            if (kind == int(QueryDiff::Run::Kind::Same)) {
                previousKind = kind;
                continue;
            }
            const QString sign = kind == int(QueryDiff::Run::Kind::Added) ? "+" : "-";
            if (kind == previousKind)
                out.last() += it.fragment().text();
            else
                out.append(sign + it.fragment().text());
            previousKind = kind;
        }
    }
    return out;
}

} // namespace

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksTokensAgainstBase_data();
    void marksTokensAgainstBase();
    void removedTokensLookRemoved();
    void renameShowsBothNames();
};

void tst_ConflictDialog::marksTokensAgainstBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QStringList>("theirMarks");
    QTest::addColumn<QString>("theirText");

    const QString base = head + "country = 'US' AND city = 'Paris'";
    QTest::newRow("value in a one-line query")
        << base << head + "country = 'FR' AND city = 'Paris'" << QStringList {"-'US'", "+'FR'"}
        << head + "country = 'US' 'FR' AND city = 'Paris'";
    QTest::newRow("deletion") << base << head + "country = 'US'"
                              << QStringList {"-AND city = 'Paris'"} << base;
    QTest::newRow("insertion") << base << base + " AND plan = 'pro'"
                               << QStringList {"+AND plan = 'pro'"} << base + " AND plan = 'pro'";
    QTest::newRow("unchanged, reflowed")
        << base << head + "country = 'US'\n  AND city = 'Paris'" << QStringList {}
        << head + "country = 'US'\n  AND city = 'Paris'";
    QTest::newRow("one line of several")
        << base + "\nOR city = 'Lyon'" << base + "\nOR city = 'Nice'"
        << QStringList {"-'Lyon'", "+'Nice'"} << base + "\nOR city = 'Lyon' 'Nice'";
}

void tst_ConflictDialog::marksTokensAgainstBase()
{
    QFETCH(QString, base);
    QFETCH(QString, theirs);
    QFETCH(QStringList, theirMarks);
    QFETCH(QString, theirText);
    // Mine deletes the last condition of base, whatever theirs did.
    const QString mine = base.left(base.indexOf(" AND city"));
    ConflictDialog dialog({"Paris", base}, {"Paris", theirs}, {"Paris", mine});
    const auto *basePane = dialog.findChild<DiffPane *>("baseQuery");
    const auto *theirPane = dialog.findChild<DiffPane *>("theirsQuery");
    const auto *myPane = dialog.findChild<DiffPane *>("mineQuery");
    QVERIFY(basePane && theirPane && myPane);
    QCOMPARE(marks(basePane), QStringList());
    QCOMPARE(basePane->toPlainText(), base);
    QCOMPARE(marks(theirPane), theirMarks);
    QCOMPARE(theirPane->toPlainText(), theirText);
    QVERIFY(marks(myPane).value(0).startsWith(QStringLiteral("-AND city = 'Paris'")));
    QCOMPARE(myPane->toPlainText(), base); // the deleted part is shown where it was
}

void tst_ConflictDialog::removedTokensLookRemoved()
{
    const QString base = head + "country = 'US'";
    ConflictDialog dialog({"n", base}, {"n", head + "country = 'FR'"}, {"n", base});
    const auto *pane = dialog.findChild<DiffPane *>("theirsQuery");
    QVERIFY(pane);
    const QTextBlock block = pane->document()->begin();
    bool sawRemoved = false;
    bool sawAdded = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (it.fragment().text() == "'US'") {
            sawRemoved = format.fontStrikeOut()
                && format.background()
                    == DiffPane::format(QueryDiff::Run::Kind::Removed).background();
        }
        if (it.fragment().text() == "'FR'") {
            sawAdded = !format.fontStrikeOut()
                && format.background()
                    == DiffPane::format(QueryDiff::Run::Kind::Added).background();
        }
    }
    QVERIFY(sawRemoved);
    QVERIFY(sawAdded);
}

void tst_ConflictDialog::renameShowsBothNames()
{
    const QString q = head + "country = 'US'";
    ConflictDialog dialog({"Paris", q}, {"Paris & Lyon", q}, {"Paris", q});
    const auto *theirs = dialog.findChild<QLabel *>("theirsName");
    const auto *mine = dialog.findChild<QLabel *>("mineName");
    QVERIFY(theirs && mine);
    QVERIFY(theirs->text().contains("<s "));
    QVERIFY(theirs->text().contains("Paris &amp; Lyon"));
    QCOMPARE(mine->text(), QStringLiteral("Paris"));
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
