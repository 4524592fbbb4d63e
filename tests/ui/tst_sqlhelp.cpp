// SPDX-License-Identifier: MIT
// SQL that helps (issue 13), in the real editor panel: completion, list names on list ids,
// every diagnostic listed and underlined, one-click fix-its, matching brackets.
#include "query/linter.h"
#include "segmenteditorpanel.h"
#include "sqlcompleter.h"
#include "sqleditor.h"
#include "support/manualclock.h"
#include "support/windowharness.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>

using WindowTest::underlinedAt;

namespace {

const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");

} // namespace

class tst_SqlHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlSpaceCompletesAField();
    void typingCompletesAListByNameAndInsertsItsId();
    void escapeClosesThePopup();
    void hoveringAListIdShowsItsName();
    void linesNameTheirLists();
    void everyDiagnosticIsListedAndUnderlined_data();
    void everyDiagnosticIsListedAndUnderlined();
    void fixItIsOneClickAndOneUndo();
    void fixItFromTheContextMenu();
    void staleFixItIsNotApplied();
    void bracketsAreMatched_data();
    void bracketsAreMatched();
    void textFollowsEveryEdit();
    void aHugeQueryIsLintedAndListedWithinBounds();

private:
    void edit(const QString &query); ///< loads `query` with the cursor at its end
    QAbstractItemView *popup() const { return m_sql->completer()->popup(); }
    QString currentChoice() const { return popup()->currentIndex().data().toString(); }

    ManualClock m_clock;
    SegmentEditorPanel *m_panel = nullptr;
    SqlEditor *m_sql = nullptr;
};

void tst_SqlHelp::init()
{
    m_panel = new SegmentEditorPanel(&m_clock);
    m_panel->resize(700, 400);
    m_panel->setListNames({{QStringLiteral("8409c367-aaaa"), QStringLiteral("Newsletter")},
                           {QStringLiteral("1b2c3d4e-bbbb"), QStringLiteral("VIP customers")}});
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_sql = m_panel->findChild<SqlEditor *>(QStringLiteral("sql"));
    QVERIFY(m_sql);
}

void tst_SqlHelp::cleanup()
{
    delete m_panel;
    QToolTip::hideText();
}

void tst_SqlHelp::edit(const QString &query)
{
    m_panel->load(QStringLiteral("Segment"), query, QStringLiteral("Segment"), query, {});
    m_sql->setFocus();
    m_sql->moveCursor(QTextCursor::End);
}

void tst_SqlHelp::ctrlSpaceCompletesAField()
{
    edit(head + QStringLiteral("cou"));
    QVERIFY(!popup()->isVisible());
    QTest::keyClick(m_sql, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(popup()->isVisible());
    QCOMPARE(currentChoice(), QStringLiteral("country"));
    QCOMPARE(popup()->currentIndex().siblingAtColumn(1).data().toString(), tr("Text"));
    QTest::keyClick(m_sql, Qt::Key_Return);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(m_sql->toPlainText(), head + QStringLiteral("country"));
    // The Enter went to the popup, not into the text; the next one starts a line.
    QTest::keyClick(m_sql, Qt::Key_Return);
    QCOMPARE(m_sql->toPlainText(), head + QStringLiteral("country\n"));
}

void tst_SqlHelp::typingCompletesAListByNameAndInsertsItsId()
{
    edit(head + QStringLiteral("array_contains(list_ids, "));
    QTest::keyClicks(m_sql, QStringLiteral("vi"));
    QTRY_VERIFY(popup()->isVisible());
    QCOMPARE(currentChoice(), QStringLiteral("VIP customers"));
    QTest::keyClick(m_sql, Qt::Key_Tab);
    QCOMPARE(m_sql->toPlainText(),
             head + QStringLiteral("array_contains(list_ids, '1b2c3d4e-bbbb'"));
    QVERIFY(m_sql->hasFocus()); // Tab accepted the choice instead of moving the focus on
}

void tst_SqlHelp::escapeClosesThePopup()
{
    edit(head);
    QTest::keyClicks(m_sql, QStringLiteral("em"));
    QTRY_VERIFY(popup()->isVisible());
    QTest::keyClick(m_sql, Qt::Key_Escape);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(m_sql->toPlainText(), head + QStringLiteral("em"));
}

void tst_SqlHelp::hoveringAListIdShowsItsName()
{
    const QString query = head + QStringLiteral("array_contains(list_ids, '8409c367-aaaa')");
    edit(query);
    QTextCursor at(m_sql->document());
    at.setPosition(int(query.indexOf(QStringLiteral("c367"))));
    const QPoint point = m_sql->cursorRect(at).center();
    QHelpEvent help(QEvent::ToolTip, point, m_sql->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_sql, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Newsletter")), qPrintable(QToolTip::text()));

    // Elsewhere on the line there is no list to name.
    at.setPosition(int(query.indexOf(QStringLiteral("list_ids"))));
    const QPoint elsewhere = m_sql->cursorRect(at).center();
    QHelpEvent other(QEvent::ToolTip, elsewhere, m_sql->viewport()->mapToGlobal(elsewhere));
    QApplication::sendEvent(m_sql, &other);
    QTRY_VERIFY(!QToolTip::isVisible() || !QToolTip::text().contains(QStringLiteral("Newsletter")));
}

// At the end of a line that quotes list ids, their names; painted after the text.
void tst_SqlHelp::linesNameTheirLists()
{
    edit(head
         + QStringLiteral("city = 'x'\n"
                          "AND array_contains(list_ids, '8409c367-aaaa')\n"
                          "AND array_contains(list_ids, ['1b2c3d4e-bbbb', 'no-such-list', "
                          "'8409c367-aaaa', '1b2c3d4e-bbbb'])"));
    const QTextDocument *document = m_sql->document();
    QCOMPARE(m_sql->listHint(document->findBlockByNumber(0)), QString());
    QCOMPARE(m_sql->listHint(document->findBlockByNumber(1)), QStringLiteral("\u2190 Newsletter"));
    QCOMPARE(m_sql->listHint(document->findBlockByNumber(2)),
             QStringLiteral("\u2190 VIP customers, Newsletter"));
    const QImage named = m_sql->viewport()->grab().toImage();
    m_panel->setListNames({});
    QCOMPARE(m_sql->listHint(document->findBlockByNumber(1)), QString());
    QVERIFY(m_sql->viewport()->grab().toImage() != named); // the name was painted
}

// Each problem is listed and underlined, also one at the very end of the text.
void tst_SqlHelp::everyDiagnosticIsListedAndUnderlined_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("count");
    QTest::newRow("three warnings, the last at the end")
        << QStringLiteral("frist_name = 'a' AND postal_code = 80302 AND city = 1") << 3;
    QTest::newRow("missing ) at the end") << QStringLiteral("(city = 'x'") << 1;
    QTest::newRow("open string at the end") << QStringLiteral("city = 'x") << 1;
    QTest::newRow("nothing after AND") << QStringLiteral("city = 'x' AND  ") << 1;
}

void tst_SqlHelp::everyDiagnosticIsListedAndUnderlined()
{
    QFETCH(QString, where);
    QFETCH(int, count);
    const QString query = head + where;
    edit(query);
    const QList<Diagnostic> expected = QueryLinter::lint(query, {});
    QCOMPARE(expected.size(), count);
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("queryStatus"));
    auto *more = m_panel->findChild<QToolButton *>(QStringLiteral("moreDiagnostics"));
    QCOMPARE(more->isVisible(), count > 1);
    if (count > 1)
        QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(status->text().count(u'\n'), count - 1);
    const int lastCharacter = int(query.trimmed().size()) - 1;
    for (const Diagnostic &d : expected) {
        QVERIFY2(status->text().contains(d.toString()), qPrintable(d.toString()));
        QVERIFY2(underlinedAt(m_sql, qMin(d.range.offset, lastCharacter)),
                 qPrintable(d.toString()));
    }
    QVERIFY(underlinedAt(m_sql, lastCharacter));
}

void tst_SqlHelp::fixItIsOneClickAndOneUndo()
{
    const QString query = head + QStringLiteral("frist_name = 'a'");
    edit(query);
    auto *fix = m_panel->findChild<QToolButton *>(QStringLiteral("fixIt"));
    QVERIFY(fix && fix->isVisible());
    QVERIFY2(fix->toolTip().contains(QStringLiteral("first_name")), qPrintable(fix->toolTip()));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_sql->toPlainText(), head + QStringLiteral("first_name = 'a'"));
    QVERIFY(!fix->isVisible()); // nothing left to fix
    QTest::keyClick(m_sql, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_sql->toPlainText(), query);
}

// The context menu of an underlined range offers its fix-it, as one undoable edit.
void tst_SqlHelp::fixItFromTheContextMenu()
{
    const QString query = head + QStringLiteral("postal_code = 80302");
    edit(query);
    QTextCursor at(m_sql->document());
    at.setPosition(int(query.indexOf(QStringLiteral("80302"))) + 2);
    const QPoint point = m_sql->cursorRect(at).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, point,
                                m_sql->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_sql->viewport(), &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    auto *fix = menu->findChild<QAction *>(QStringLiteral("fixIt"));
    QVERIFY(fix);
    QVERIFY2(fix->text().contains(QStringLiteral("'80302'")), qPrintable(fix->text()));
    QCOMPARE(menu->actions().first(), fix);
    fix->trigger();
    menu->close();
    QCOMPARE(m_sql->toPlainText(), head + QStringLiteral("postal_code = '80302'"));
    m_sql->undo();
    QCOMPARE(m_sql->toPlainText(), query);
}

// A fix-it made for an older text is not applied: its range may point elsewhere now.
void tst_SqlHelp::staleFixItIsNotApplied()
{
    const QString query = head + QStringLiteral("postal_code = 80302");
    edit(query);
    const Diagnostic d = *m_sql->firstFixable();
    QCOMPARE(d.fixIt, QStringLiteral("'80302'"));
    QTest::keyClick(m_sql, Qt::Key_Space);
    QVERIFY(!m_sql->firstFixable());
    QVERIFY(!m_sql->applyFixIt(d));
    QCOMPARE(m_sql->toPlainText(), query + u' ');
}

void tst_SqlHelp::bracketsAreMatched_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QList<int>>("marked");
    QTest::addColumn<bool>("matched");
    const QString text = head + QStringLiteral("(city = 'a' OR lower(email) = 'b')");
    const int open = int(text.indexOf(u'('));
    QTest::newRow("pair") << text << open << QList<int> {open, int(text.size()) - 1} << true;
    QTest::newRow("after )") << text << int(text.size()) << QList<int> {int(text.size()) - 1, open}
                             << true;
    const QString unclosed = head + QStringLiteral("(city = 'a'");
    QTest::newRow("unmatched") << unclosed << open << QList<int> {open} << false;
    QTest::newRow("no bracket") << text << 3 << QList<int> {} << true;
}

void tst_SqlHelp::bracketsAreMatched()
{
    QFETCH(QString, query);
    QFETCH(int, cursor);
    QFETCH(QList<int>, marked);
    QFETCH(bool, matched);
    edit(query);
    QTextCursor c = m_sql->textCursor();
    c.setPosition(cursor);
    m_sql->setTextCursor(c);
    const QList<QTextEdit::ExtraSelection> selections = m_sql->extraSelections();
    QList<int> at;
    for (const QTextEdit::ExtraSelection &s : selections) {
        at.append(s.cursor.selectionStart());
        QCOMPARE(s.cursor.selectedText().size(), 1);
        QCOMPARE(s.format.property(QTextFormat::UserProperty).toBool(), matched);
    }
    QCOMPARE(at, marked);
}

QTEST_MAIN(tst_SqlHelp)
// text() is made once per change and shared: it must follow typing, undo, redo and replacement.
void tst_SqlHelp::textFollowsEveryEdit()
{
    edit(QStringLiteral("SELECT contact_id FROM contact_data WHERE city = 'Oslo'"));
    QCOMPARE(m_sql->text(), m_sql->toPlainText());
    QTest::keyClick(m_sql, Qt::Key_Return);
    QTest::keyClicks(m_sql, QStringLiteral("AND country = 'Norway'"));
    QCOMPARE(m_sql->text(), m_sql->toPlainText());
    QVERIFY(m_sql->text().endsWith(u"'Norway'"));
    m_sql->undo();
    QCOMPARE(m_sql->text(), m_sql->toPlainText());
    m_sql->redo();
    QCOMPARE(m_sql->text(), m_sql->toPlainText());
    m_sql->setPlainText(QStringLiteral("SELECT 1"));
    QCOMPARE(m_sql->text(), QStringLiteral("SELECT 1"));
}

// A query over QueryLimits::InlineAnalysisChars is linted off the GUI thread, and its 20,000
// problems are listed 100 at most, with how many more there are.
void tst_SqlHelp::aHugeQueryIsLintedAndListedWithinBounds()
{
    QString query
        = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE town = 'T0'");
    for (int i = 1; i < 20000; ++i)
        query += QStringLiteral("\n  OR town = 'T%1'").arg(i);
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("queryStatus"));
    edit(query);
    QTRY_VERIFY(status->text().contains(u"town"));
    auto *more = m_panel->findChild<QToolButton *>(QStringLiteral("moreDiagnostics"));
    QCOMPARE(more->text(), QStringLiteral("+19999 more"));
    more->click();
    const QStringList lines = status->text().split(u'\n');
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines.last(),
             QStringLiteral("… and %1 more (fix these first)").arg(QLocale().toString(19900)));
}

#include "tst_sqlhelp.moc"
