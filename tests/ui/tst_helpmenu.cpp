// SPDX-License-Identifier: MIT
// Help menu: About names the version, the licence, the API host and Qt; the shortcuts come from
// the window's actions and the editors' own keys; Usage shows the user guide, not the README.
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
    void usageIsTheUserGuide();
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
        listed << table->item(row, 1)->text().split(QStringLiteral(", "));
    // Every key of every action of the window is there.
    for (const QAction *a : m_harness->window()->findChildren<QAction *>()) {
        if (a->text().isEmpty())
            continue;
        for (const QKeySequence &k : a->shortcuts()) {
            const QString keys = k.toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys), qPrintable(a->text() + u' ' + keys));
        }
    }
    // And the keys the editors handle themselves, and the views' tabs (#19 §5).
    for (const char *keys : {"Ctrl+S", "Ctrl+H", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Space",
                             "Ctrl+Up", "Ctrl+Down", "Alt+V", "Alt+Q"})
        QVERIFY2(listed.contains(QLatin1String(keys)), keys);
}

void tst_HelpMenu::usageIsTheUserGuide()
{
    QAction *usage = action("helpUsage");
    QVERIFY(usage);
    usage->trigger();
    QTextBrowser *browser = nullptr;
    QTRY_VERIFY((browser = m_harness->window()->findChild<QTextBrowser *>("usageText")));
    const QString text = browser->toPlainText();
    // A guide for marketers, rendered: no Markdown marks left, nothing for developers.
    for (const char *topic :
         {"Connect your account", "Build a segment visually", "Read the preview", "Save",
          "Refresh the count", "History", "When someone else changed the segment", "sample data"})
        QVERIFY2(text.contains(QLatin1String(topic)), topic);
    QVERIFY(!text.contains(QStringLiteral("**")));
    for (const char *developer : {"--base-url", "scripts/run", "segmentdesk-cli", "cmake"})
        QVERIFY2(!text.contains(QLatin1String(developer)), developer);
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
