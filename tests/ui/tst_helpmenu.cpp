// SPDX-License-Identifier: MIT
// Help menu: About names the version, the licence, the API host and Qt; the shortcuts come from
// the window's actions; Usage shows the README's section on the desktop app.
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QAction>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

class tst_HelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aboutNamesVersionLicenceHostAndQt();
    void shortcutsListEveryActionWithAShortcut();
    void usageIsTheReadmeSection();
    void cleanup();

private:
    QAction *action(const char *name) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_HelpMenu::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
}

void tst_HelpMenu::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

QAction *tst_HelpMenu::action(const char *name) const
{
    auto *found = m_harness->window()->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void tst_HelpMenu::aboutNamesVersionLicenceHostAndQt()
{
    QAction *about = action("helpAbout");
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_harness->window()->findChild<QMessageBox *>("aboutDialog")));
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal); // open(), not exec()
    const QString text = box->text() + u'\n' + box->informativeText();
    QVERIFY2(text.contains(QStringLiteral(SEGMENTDESK_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MIT")), qPrintable(text));
    const QUrl api = m_sandbox.baseUrl();
    QVERIFY2(text.contains(QStringLiteral("%1:%2").arg(api.host()).arg(api.port())),
             qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void tst_HelpMenu::shortcutsListEveryActionWithAShortcut()
{
    QAction *shortcuts = action("helpShortcuts");
    QVERIFY(shortcuts);
    shortcuts->trigger();
    QTableWidget *table = nullptr;
    QTRY_VERIFY((table = m_harness->window()->findChild<QTableWidget *>("shortcutsTable")));
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed << table->item(row, 1)->text();
    // Every action of the window with a shortcut is there, by its key sequence.
    int withShortcut = 0;
    for (const QAction *a : m_harness->window()->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(keys), qPrintable(a->text() + u' ' + keys));
    }
    QCOMPARE(table->rowCount(), withShortcut);
    QVERIFY(listed.contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QVERIFY(listed.contains(QStringLiteral("Ctrl+H")));
}

void tst_HelpMenu::usageIsTheReadmeSection()
{
    QAction *usage = action("helpUsage");
    QVERIFY(usage);
    usage->trigger();
    QTextBrowser *browser = nullptr;
    QTRY_VERIFY((browser = m_harness->window()->findChild<QTextBrowser *>("usageText")));
    const QString text = browser->toPlainText();
    // Lines of README.md's "## segmentdesk" section, rendered: no Markdown marks left.
    QVERIFY2(text.contains(QStringLiteral("Explore with sample data")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("segmentdesk --screenshot FILE")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**")));
    QVERIFY(!text.contains(QStringLiteral("segmentdesk-cli lint"))); // the next section
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
