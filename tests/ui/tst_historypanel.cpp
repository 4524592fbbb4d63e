// SPDX-License-Identifier: MIT
// The History dock on a real window and sandbox: versions listed, compared, one restored as an
// edit that only Save sends.
#include "diffpane.h"
#include "diffview.h"
#include "historypanel.h"
#include "models/historymodel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

namespace {

/// The text of each marked fragment of `pane`: "-text" removed, "+text" added.
QStringList marks(const DiffPane *pane)
{
    QStringList out;
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const auto kind = QueryDiff::Run::Kind(format.intProperty(DiffPane::KindProperty));
            if (format.hasProperty(DiffPane::KindProperty) && kind != QueryDiff::Run::Kind::Same)
                out.append((kind == QueryDiff::Run::Kind::Added ? "+" : "-")
                           + it.fragment().text());
        }
    }
    return out;
}

} // namespace

class tst_HistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoreBringsAnOldVersionBack();

private:
    /// Ctrl+H, then the panel once its dock is shown (null when it is not).
    HistoryPanel *openHistory(MainWindow *window);
    void screenshot(MainWindow *window);

    SandboxFixture m_sandbox;
    QTemporaryDir m_settings;
};

void tst_HistoryPanel::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

HistoryPanel *tst_HistoryPanel::openHistory(MainWindow *window)
{
    auto *dock = window->findChild<QDockWidget *>("historyDock");
    if (!dock || dock->isVisible())
        return nullptr;
    window->activateWindow(); // shortcuts reach the active window only
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
    return dock->isVisible() ? window->findChild<HistoryPanel *>("historyPanel") : nullptr;
}

// Set SEGMENTDESK_SCREENSHOT_DIR to look at the panel: history.png, the window at 1280×800.
void tst_HistoryPanel::screenshot(MainWindow *window)
{
    window->resize(1280, 800);
    QVERIFY(Screenshots::keep(window, QStringLiteral("history.png")));
}

void tst_HistoryPanel::restoreBringsAnOldVersionBack()
{
    WindowHarness harness(m_sandbox);
    QVERIFY(harness.open());
    MainWindow *window = harness.window();
    QVERIFY(harness.select("Germany"));
    const QString id = window->segmentList()->currentSegmentId();
    const QString firstQuery = harness.sqlField()->toPlainText();
    QVERIFY(firstQuery.contains("country = 'Germany'"));
    harness.nameField()->setText("DACH");
    harness.sqlField()->setPlainText(
        QString(firstQuery).replace("country = 'Germany'", "country IN ('Germany', 'Austria')"));
    QVERIFY2(harness.saveAndWait(), qPrintable(window->statusMessage()));
    harness.nameField()->setText("DACH customers");
    QVERIFY2(harness.saveAndWait(), qPrintable(window->statusMessage()));

    // Ages count from the window's clock (#20 §4), not the wall clock.
    m_sandbox.clock().moveOn(std::chrono::hours(2));
    HistoryPanel *panel = openHistory(window);
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(panel->model()->index(0, HistoryModel::Recorded).data().toString(),
             QStringLiteral("2 h ago"));
    const auto stored
        = harness.history().versions(window->activeProfile().id.toString(QUuid::WithoutBraces), id);
    QVERIFY(stored.isOk());
    QCOMPARE(stored.value().size(), 3);
    QCOMPARE(panel->model()->versionAt(0).name, QStringLiteral("DACH customers"));

    QVERIFY(panel->compare(1, 3));
    DiffView *diff = panel->diffView();
    QCOMPARE(marks(diff->olderPane()), QStringList {"-="});
    QCOMPARE(marks(diff->newerPane()), (QStringList {"+IN (", "+, 'Austria')"}));
    QVERIFY(diff->findChild<QLabel *>("olderName")->text().contains(">Germany<"));
    QVERIFY(diff->findChild<QLabel *>("newerName")->text().contains(">DACH customers<"));
    screenshot(window);
    QVERIFY(panel->selectVersion(3)); // one version: what it changed in the one before
    QVERIFY(diff->olderPane()->toPlainText().contains("IN ('Germany', 'Austria')"));
    QCOMPARE(diff->summary(), QStringLiteral("renamed"));

    QVERIFY(panel->selectVersion(1));
    auto *restore = panel->findChild<QPushButton *>("restoreVersion");
    QVERIFY(restore && restore->isEnabled());
    restore->click();
    QVERIFY(window->editor()->isDirty());
    QVERIFY(window->isWindowModified());
    QCOMPARE(harness.nameField()->text(), QStringLiteral("Germany"));
    QCOMPARE(harness.sqlField()->toPlainText(), firstQuery);
    QCOMPARE(harness.fromApi(id)["name"].toString(), QStringLiteral("DACH customers")); // not sent

    QVERIFY2(harness.saveAndWait(), qPrintable(window->statusMessage()));
    QCOMPARE(harness.fromApi(id)["name"].toString(), QStringLiteral("Germany"));
    QCOMPARE(harness.fromApi(id)["query_dsl"].toString(), firstQuery);
    QVERIFY(!window->editor()->isDirty());
    QCOMPARE(panel->model()->rowCount(), 4); // the restore is a version of its own
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_historypanel.moc"
