// SPDX-License-Identifier: MIT
// The Edit menu (#19 §5): Undo and Redo act on the editor with the focus, the query's history
// serving the SQL view and the builder alike; Revert asks first, naming what is lost, from the
// menu and from the editor's button.
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

class tst_EditMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void undoAndRedoActOnTheQueryFromAnywhere();
    void undoActsOnTheFocusedNameField();
    void undoReachesTheBuildersEdits();
    void revertAsksAndNamesWhatIsLost_data();
    void revertAsksAndNamesWhatIsLost();

private:
    QAction *action(const char *name) const;
    /// Types `text` at the end of the SQL as a person would: one undo step per key run.
    void typeInSql(const QString &text);

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_EditMenu::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
    m_harness->window()->activateWindow();
}

void tst_EditMenu::init()
{
    m_harness->window()->editor()->revert();
    QVERIFY(!m_harness->window()->editor()->isDirty());
}

QAction *tst_EditMenu::action(const char *name) const
{
    auto *found = m_harness->window()->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void tst_EditMenu::typeInSql(const QString &text)
{
    QPlainTextEdit *sql = m_harness->sqlField();
    sql->setFocus();
    sql->moveCursor(QTextCursor::End);
    QTest::keyClicks(sql, text);
}

void tst_EditMenu::undoAndRedoActOnTheQueryFromAnywhere()
{
    QPlainTextEdit *sql = m_harness->sqlField();
    const QString before = sql->toPlainText();
    typeInSql(QStringLiteral(" "));
    QVERIFY(sql->toPlainText() != before);
    m_harness->window()->segmentList()->setFocus(); // the list has no undo of its own
    QVERIFY(action("undo"));
    action("undo")->trigger();
    QCOMPARE(sql->toPlainText(), before);
    action("redo")->trigger();
    QCOMPARE(sql->toPlainText(), before + u' ');
    // The keys are the platform's: Redo has both Ctrl+Shift+Z and Ctrl+Y on Linux.
    QCOMPARE(action("undo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
    QCOMPARE(action("redo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
}

void tst_EditMenu::undoActsOnTheFocusedNameField()
{
    QLineEdit *name = m_harness->nameField();
    const QString query = m_harness->sqlField()->toPlainText();
    const QString before = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("X"));
    QCOMPARE(name->text(), before + u'X');
    action("undo")->trigger();
    QCOMPARE(name->text(), before);
    QCOMPARE(m_harness->sqlField()->toPlainText(), query); // not the query's history
}

void tst_EditMenu::undoReachesTheBuildersEdits()
{
    auto *views = m_harness->window()->findChild<QTabWidget *>(QStringLiteral("queryViews"));
    QVERIFY(views);
    QPlainTextEdit *sql = m_harness->sqlField();
    const QString before = sql->toPlainText();
    views->setCurrentIndex(0); // Visual
    QWidget *condition = views->currentWidget()->findChild<QWidget *>(QStringLiteral("condition"));
    QVERIFY2(condition, "the first segment draws no condition");
    auto *remove = condition->findChild<QAbstractButton *>(QStringLiteral("remove"));
    QVERIFY(remove);
    remove->setFocus();
    remove->click();
    QTRY_VERIFY(sql->toPlainText() != before);
    action("undo")->trigger(); // the focus is in the builder
    QCOMPARE(sql->toPlainText(), before);
    views->setCurrentIndex(1);
}

void tst_EditMenu::revertAsksAndNamesWhatIsLost_data()
{
    QTest::addColumn<bool>("fromButton");
    QTest::newRow("Edit > Revert") << false;
    QTest::newRow("the editor's Revert button") << true;
}

void tst_EditMenu::revertAsksAndNamesWhatIsLost()
{
    QFETCH(bool, fromButton);
    SegmentEditorPanel *editor = m_harness->window()->editor();
    typeInSql(QStringLiteral(" "));
    m_harness->nameField()->setText(QStringLiteral("Renamed"));
    QVERIFY(editor->isDirty());
    const auto revert = [&] {
        if (fromButton)
            editor->findChild<QPushButton *>(QStringLiteral("revert"))->click();
        else
            action("revertAction")->trigger();
    };
    QString asked;
    WindowTest::whenModalShows([&asked](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->informativeText();
        QCOMPARE(box->objectName(), QStringLiteral("confirmRevert"));
        WindowTest::clickButton(box, QStringLiteral("Cancel"));
    });
    revert();
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("\"Renamed\"")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("query")), qPrintable(asked));
    QVERIFY(editor->isDirty()); // Cancel kept the edit
    WindowTest::whenModalShows(
        [](QWidget *box) { QVERIFY(WindowTest::clickButton(box, QStringLiteral("Yes"))); });
    revert();
    QTRY_VERIFY(!editor->isDirty());
}

QTEST_MAIN(tst_EditMenu)
#include "tst_editmenu.moc"
