// SPDX-License-Identifier: MIT
// New, duplicate and delete from the window, checked in the sandbox (SendGrid's side).
#include "batchdialog.h"
#include "historypanel.h"
#include "models/historymodel.h"
#include "models/segmenttablemodel.h"
#include "recreatedialog.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace WindowTest;

class tst_SegmentActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newSegmentFromATemplate();
    void duplicateGetsAUniqueCopyName();
    void duplicateWhoseReplyDoesNotSayIsMadeOnce();
    void deleteNamesTheSegmentAndItsCount();
    void contextMenuDuplicatesTheRowUnderThePointer();
    void deletedSegmentIsRecreatedFromItsHistory();
    void deleteManyAsksOnceAndSaysWhatBecameOfEach();

private:
    bool shortcut(QKeySequence keys);
    int listed(const QString &name) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_SegmentActions::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
}

bool tst_SegmentActions::shortcut(QKeySequence keys)
{
    m_harness->window()->activateWindow(); // shortcuts reach the active window only
    if (!QTest::qWaitForWindowActive(m_harness->window()))
        return false;
    QTest::keySequence(m_harness->window(), keys);
    return true;
}

int tst_SegmentActions::listed(const QString &name) const
{
    const auto &segments = m_harness->window()->segmentList()->model()->segments();
    return int(std::count_if(segments.begin(), segments.end(),
                             [&name](const SegmentSummary &s) { return s.name == name; }));
}

void tst_SegmentActions::newSegmentFromATemplate()
{
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    QVERIFY(shortcut(QKeySequence::New));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_harness->window()->findChild<QDialog *>("newSegment")));
    auto *create = dialog->findChild<QPushButton *>("createSegment");
    QVERIFY(!create->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>("newSegmentName"), "Bounced");
    QVERIFY(!create->isEnabled()); // taken
    dialog->findChild<QLineEdit *>("newSegmentName")->setText("Germans, from a template");
    dialog->findChild<QListWidget *>("newSegmentTemplate")->setCurrentRow(1);
    QVERIFY(create->isEnabled());
    create->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germans, from a template"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    const QJsonObject stored = m_harness->fromApi(id);
    QCOMPARE(stored["name"].toString(), QStringLiteral("Germans, from a template"));
    QVERIFY(stored["query_dsl"].toString().contains("country = 'Germany'"));
    QCOMPARE(listed("Germans, from a template"), 1);
}

void tst_SegmentActions::duplicateGetsAUniqueCopyName()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString query = m_harness->sqlField()->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Copy of Bounced"), QStringLiteral("Copy of Bounced (2)")}) {
        QVERIFY(m_harness->select("Bounced"));
        QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
        QVERIFY(shortcut(QKeySequence(Qt::CTRL | Qt::Key_D)));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_harness->nameField()->text(), expected);
        QCOMPARE(m_harness->sqlField()->toPlainText(), query);
        QCOMPARE(listed(expected), 1);
    }
}

// The sandbox makes the copy but answers 504, as a gateway that gave up: the window finds the
// copy by its name and opens it, instead of "retry later" (which made a second one).
void tst_SegmentActions::duplicateWhoseReplyDoesNotSayIsMadeOnce()
{
    QVERIFY(m_harness->select("Bounced"));
    const auto copies = [this] {
        return m_sandbox.send("GET", "/v3/marketing/segments/2.0", "/v3/marketing/segments/2.0")
            .body.count("\"Copy of Bounced");
    };
    const qsizetype before = copies();
    QVERIFY(m_sandbox.injectFault({{"kind", "status"},
                                   {"status", 504},
                                   {"apply", true},
                                   {"method", "POST"},
                                   {"path", "/v3/marketing/segments/2.0"}}));
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    QVERIFY(shortcut(QKeySequence(Qt::CTRL | Qt::Key_D)));
    QVERIFY2(opened.wait(10000), qPrintable(m_harness->window()->statusMessage()));
    QVERIFY(m_harness->nameField()->text().startsWith("Copy of Bounced"));
    QCOMPARE(copies(), before + 1);
}

void tst_SegmentActions::deleteNamesTheSegmentAndItsCount()
{
    QVERIFY(m_harness->select("Copy of Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QString asked;
    whenModalShows([&asked](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        clickButton(box, "Cancel");
    });
    QVERIFY(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete)));
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains("\"Copy of Bounced\"") && asked.contains("contacts"),
             qPrintable(asked));
    QCOMPARE(m_harness->fromApi(id)["id"].toString(), id); // still there
    QSignalSpy loaded(m_harness->window(), &MainWindow::segmentLoaded); // the next one opens
    whenModalShows([](QWidget *box) { clickButton(box, "Yes"); });
    QVERIFY(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete)));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_sandbox
                 .send("GET", "/v3/marketing/segments/2.0/" + id,
                       "/v3/marketing/segments/2.0/{segment_id}")
                 .status,
             404);
    QCOMPARE(listed("Copy of Bounced"), 0);
    QVERIFY(m_harness->window()->statusMessage().startsWith("Deleted"));
}

// The list's menu names a row that is not open: it opens, then the copy is made of it.
void tst_SegmentActions::contextMenuDuplicatesTheRowUnderThePointer()
{
    QVERIFY(m_harness->select("Bounced"));
    QString vip;
    for (const SegmentSummary &s : m_harness->window()->segmentList()->model()->segments())
        if (s.name == u"VIP list")
            vip = s.id;
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    Q_EMIT m_harness->window()->segmentList()->duplicateRequested(vip);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10000); // VIP list, then its copy
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Copy of VIP list"));
    QCOMPARE(listed("Copy of VIP list"), 1);
}

// After the delete above, the segment's versions are still kept: the Recreate dialog lists it,
// and the version chosen becomes a new segment in SendGrid, opened in the window.
void tst_SegmentActions::deletedSegmentIsRecreatedFromItsHistory()
{
    QAction *recreate = m_harness->window()->findChild<QAction *>("recreate_deleted_segment");
    QVERIFY(recreate && recreate->isEnabled());
    recreate->trigger();
    RecreateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_harness->window()->findChild<RecreateDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    auto *deleted = dialog->findChild<QListWidget *>("deletedSegments");
    QCOMPARE(deleted->count(), 1);
    QCOMPARE(deleted->item(0)->text(), QStringLiteral("Copy of Bounced"));
    auto *panel = dialog->findChild<HistoryPanel *>();
    QVERIFY(panel->model()->rowCount() >= 1);
    QVERIFY(panel->selectVersion(1));
    QString query;
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        if (panel->model()->versionAt(row).number == 1)
            query = panel->model()->versionAt(row).queryDsl;
    QVERIFY(!query.isEmpty());
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    dialog->findChild<QPushButton *>("restoreVersion")->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Copy of Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QCOMPARE(m_harness->fromApi(id)["query_dsl"].toString(), query);
    QCOMPARE(listed("Copy of Bounced"), 1);
    const auto versions = m_harness->history().versions(
        m_harness->window()->activeProfile().id.toString(QUuid::WithoutBraces), id);
    QVERIFY(versions.isOk() && !versions.value().isEmpty());
    QCOMPARE(versions.value().first().source, HistoryVersion::Source::ThisApp);
}

// Three rows chosen with Ctrl+click, one Ctrl+Delete: one question naming them, then a dialog
// that follows the batch and says what became of each (#21 §1).
void tst_SegmentActions::deleteManyAsksOnceAndSaysWhatBecameOfEach()
{
    const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data");
    QStringList ids;
    for (const char *name : {"Batch A", "Batch B", "Batch C"})
        ids << m_sandbox.createSegment(QString::fromLatin1(name), query);
    QVERIFY(!ids.contains(QString()));
    m_harness->window()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(listed("Batch C"), 1, 10000);
    QVERIFY(m_harness->select("Batch A"));
    auto *table = m_harness->window()->segmentList()->findChild<QTableView *>("segmentTable");
    for (const char *name : {"Batch B", "Batch C"}) {
        const QModelIndexList rows = table->model()->match(
            table->model()->index(0, SegmentTableModel::Name), Qt::DisplayRole,
            QString::fromLatin1(name), 1, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(rows.first()).center());
    }
    QCOMPARE(m_harness->window()->segmentList()->selectedSegments().size(), 3);
    QString asked;
    whenModalShows([&asked](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        clickButton(box, "Yes");
    });
    QVERIFY(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete)));
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains("3 segments") && asked.contains("Batch A") && asked.contains("Batch C"),
             qPrintable(asked));
    BatchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_harness->window()->findChild<BatchDialog *>("batchDialog")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->outcomeLines().size(), 3, 10000);
    QCOMPARE(dialog->outcomeLines(),
             (QStringList {"Batch A — done", "Batch B — done", "Batch C — done"}));
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_sandbox
                     .send("GET", "/v3/marketing/segments/2.0/" + id,
                           "/v3/marketing/segments/2.0/{segment_id}")
                     .status,
                 404);
    QTRY_COMPARE_WITH_TIMEOUT(listed("Batch B"), 0, 10000); // the list was read again
    QVERIFY(clickButton(dialog, "Close"));
}

QTEST_MAIN(tst_SegmentActions)
#include "tst_segmentactions.moc"
