// SPDX-License-Identifier: MIT
// What watching the window in use found (#12 "Bugs seen"), each driven through real widgets
// against an in-process sandbox of its own.
#include "models/segmenttablemodel.h"
#include "query/querylimits.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "statusline.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <QTimer>
#include <QUuid>
#include <optional>

using namespace WindowTest;

namespace {

const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");

/// While it lives: records the object name of every modal dialog that shows, and cancels it
/// (so that a question that should not be asked fails the test instead of blocking it).
class ModalWatch
{
public:
    ModalWatch()
    {
        m_poll.setInterval(0);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                seen << box->objectName();
                clickButton(box, "Cancel");
            }
        });
        m_poll.start();
    }
    QStringList seen;

private:
    QTimer m_poll;
};

} // namespace

class tst_WindowBugs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void skippedProfileIsSaid();
    void ctrlSFollowsTheSaveButton_data();
    void ctrlSFollowsTheSaveButton();
    void listShowsEachSegmentAsLastRead();
    void refreshRefusalNamesTheQuotaAndItsTime();
    void saveInTheCloseQuestionClosesOnceSaved();
    void openingAnotherSegmentWhileSavingAsksNothing();
    void resetSampleDataAsksFirst();
    void noticesLastWhileTheyAreTrue();
    void problemsStayUntilReplaced();
    void oversizedPasteIsRefusedWhole();
    void discardedDraftsLeaveTheEditor();
    void saveInTheQuestionThenOpensTheOtherSegment();
    void questionOffersSaveOnlyWhenSaveWouldSend();
    void cancelledQuestionDropsTheWaitingAction();
    void sendGridsErrorStaysAndLintingSettles();

private:
    QTableView *table() const
    {
        return m_harness->window()->findChild<QTableView *>("segmentTable");
    }
    QModelIndex rowNamed(const QString &name) const;

    std::optional<SandboxFixture> m_sandbox; ///< each test its own: no state leaks
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_WindowBugs::initTestCase() { }

void tst_WindowBugs::init()
{
    m_sandbox.emplace();
    QVERIFY(m_sandbox->start());
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    QVERIFY(m_harness->open());
}

void tst_WindowBugs::cleanup()
{
    m_harness.reset();
    m_sandbox.reset();
}

QModelIndex tst_WindowBugs::rowNamed(const QString &name) const
{
    const QModelIndexList hits = table()->model()->match(
        table()->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return hits.value(0);
}

// Bug 2: one rule decides the Save button and Ctrl+S: a name the button refuses is never sent.
void tst_WindowBugs::ctrlSFollowsTheSaveButton_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("101 characters") << QString(101, u'x');
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("taken") << QStringLiteral("Germany");
}

void tst_WindowBugs::ctrlSFollowsTheSaveButton()
{
    QFETCH(QString, name);
    QVERIFY(m_harness->select("Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    m_harness->nameField()->setText(name);
    QVERIFY(!m_harness->window()->findChild<QPushButton *>("save")->isEnabled());
    m_harness->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_harness->window()));
    QTest::keyClick(m_harness->window(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_harness->window()->isBusy()); // a save would be under way from here on
    QCOMPARE(m_harness->fromApi(id)["name"].toString(), QStringLiteral("Bounced"));
}

// Bug 3: the row of a segment read again (opened, refreshed, "take theirs") shows what was read.
void tst_WindowBugs::listShowsEachSegmentAsLastRead()
{
    QVERIFY(m_harness->select("Germany"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QCOMPARE(m_sandbox
                 ->send("PATCH", segmentsPath + u'/' + id, segmentsPath + "/{segment_id}",
                        QJsonObject {{"name", "Germany, renamed elsewhere"}})
                 .status,
             200);
    QVERIFY(m_harness->select("Bounced"));
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    table()->setCurrentIndex(rowNamed("Germany")); // the list still had the old name
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germany, renamed elsewhere"));
    QVERIFY(rowNamed("Germany, renamed elsewhere").isValid());
    QVERIFY(!rowNamed("Germany").isValid());
}

// Bug 4: with the account's 10 refreshes of the day used, the window names that quota and the
// time it frees (the next local midnight), not the per-segment one a minute later.
void tst_WindowBugs::refreshRefusalNamesTheQuotaAndItsTime()
{
    const QJsonArray all
        = m_sandbox->send("GET", segmentsPath, segmentsPath).json()["results"].toArray();
    QVERIFY(all.size() > 10);
    QStringList refreshed;
    for (const QJsonValue &segment : all) {
        if (refreshed.size() == 10)
            break;
        const QString id = segment["id"].toString();
        if (segment["name"].toString() == u"VIP list")
            continue; // the one the window refreshes
        QCOMPARE(m_sandbox
                     ->send("POST", segmentsPath + "/refresh/" + id,
                            segmentsPath + "/refresh/{segment_id}",
                            QJsonObject {{"user_time_zone", "UTC"}})
                     .status,
                 202);
        refreshed << id;
    }
    QVERIFY(m_harness->select("VIP list"));
    auto *refresh = m_harness->window()->findChild<QPushButton *>("refresh");
    QVERIFY(refresh->isEnabled());
    refresh->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_harness->window()->statusMessage().contains("10 manual refreshes"),
                             10000);
    const QString status = m_harness->window()->statusMessage();
    QVERIFY2(status.contains("account") && status.contains("refresh again at"), qPrintable(status));
}

// Bug 5: "Save" in the question on close saves, then closes.
void tst_WindowBugs::saveInTheCloseQuestionClosesOnceSaved()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    m_harness->nameField()->setText("Bounced, saved on close");
    QSignalSpy saved(m_harness->window(), &MainWindow::saveFinished);
    whenModalShows([](QWidget *box) { clickButton(box, "Save"); });
    m_harness->window()->close();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QTRY_VERIFY(!m_harness->window()->isVisible());
    QCOMPARE(m_harness->fromApi(id)["name"].toString(), QStringLiteral("Bounced, saved on close"));
    QCOMPARE(m_sandbox
                 ->send("PATCH", segmentsPath + u'/' + id, segmentsPath + "/{segment_id}",
                        QJsonObject {{"name", "Bounced"}})
                 .status,
             200);
}

// Bug 6: while a save is on its way there is nothing to discard: another segment is not opened
// and nothing is asked.
void tst_WindowBugs::openingAnotherSegmentWhileSavingAsksNothing()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QVERIFY(m_sandbox->injectFault({{"kind", "stall"}, {"method", "PATCH"}, {"times", 1}}));
    m_harness->nameField()->setText("Bounced, saving");
    m_harness->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_harness->window()));
    QTest::keyClick(m_harness->window(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_harness->window()->isBusy());
    ModalWatch modals;
    table()->setCurrentIndex(rowNamed("Germany"));
    QTRY_COMPARE(m_harness->window()->segmentList()->currentSegmentId(), id);
    QVERIFY2(m_harness->window()->statusMessage().startsWith("Saving"),
             qPrintable(m_harness->window()->statusMessage()));
    QVERIFY2(modals.seen.isEmpty(), qPrintable(modals.seen.join(", ")));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, saving"));
    QTest::keyClick(m_harness->window(), Qt::Key_Escape); // stop the stalled save
    QTRY_VERIFY(!m_harness->window()->isBusy());
}

// The banner's "Reset sample data…" asks, and only then has the sample data started anew
// (SampleData::reset, tested in tst_sampledata); the window waits for it with the list cleared.
void tst_WindowBugs::resetSampleDataAsksFirst()
{
    QSignalSpy requested(m_harness->window(), &MainWindow::resetSampleDataRequested);
    auto *reset = m_harness->window()->findChild<QPushButton *>("resetSampleData");
    QVERIFY(reset && reset->isVisible());
    bool declined = false;
    whenModalShows([&declined](QWidget *box) { declined = clickButton(box, "Cancel"); });
    reset->click();
    QTRY_VERIFY(declined);
    QCOMPARE(requested.count(), 0);
    QVERIFY(m_harness->window()->segmentList()->model()->rowCount() > 0);
    whenModalShows([](QWidget *box) {
        QCOMPARE(box->objectName(), QStringLiteral("confirmReset"));
        clickButton(box, "Reset");
    });
    reset->click();
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(m_harness->window()->segmentList()->model()->rowCount(), 0);
    QVERIFY(m_harness->window()->statusMessage().contains("sample data"));
}

// Bug 10: "Copied" or "Saved" is said for a moment, then the line rests on what stays true; an
// edit makes "Saved" untrue at once.
void tst_WindowBugs::noticesLastWhileTheyAreTrue()
{
    MainWindow *window = m_harness->window();
    auto *line = window->findChild<StatusLine *>("status");
    QVERIFY(line);
    line->setNoticeLifetime(200);
    const QString resting = window->statusMessage();
    QVERIFY2(resting.endsWith("segments"), qPrintable(resting));
    window->findChild<QPushButton *>("copy")->click();
    QVERIFY2(window->statusMessage().startsWith("Copied"), qPrintable(window->statusMessage()));
    QVERIFY(line->expires());
    QTRY_COMPARE(window->statusMessage(), resting); // said, then gone
    m_harness->nameField()->setText(m_harness->nameField()->text() + " saved");
    QVERIFY(m_harness->saveAndWait());
    QVERIFY2(window->statusMessage().startsWith("Saved"), qPrintable(window->statusMessage()));
    line->setNoticeLifetime(60000); // only the edit may end it now
    QTest::keyClick(m_harness->nameField(), Qt::Key_X);
    QCOMPARE(window->statusMessage(), resting);
}

// A problem must be read: it stays past a notice's lifetime, until the next outcome replaces it.
void tst_WindowBugs::problemsStayUntilReplaced()
{
    MainWindow *window = m_harness->window();
    auto *line = window->findChild<StatusLine *>("status");
    QVERIFY(m_sandbox->injectFault(
        {{"kind", "status"}, {"status", 500}, {"method", "PATCH"}, {"times", 1}}));
    m_harness->nameField()->setText(m_harness->nameField()->text() + " refused");
    QVERIFY(!m_harness->saveAndWait());
    const QString problem = window->statusMessage();
    QVERIFY2(problem.startsWith("Not saved"), qPrintable(problem));
    QVERIFY(!line->expires());
    QTest::keyClick(m_harness->nameField(), Qt::Key_X); // an edit does not answer a problem
    QCOMPARE(window->statusMessage(), problem);
    QVERIFY(m_harness->saveAndWait());
    QVERIFY(line->expires());
    QVERIFY2(window->statusMessage().startsWith("Saved"), qPrintable(window->statusMessage()));
}

// The editor holds what the CLI reads at most (QueryLimits::MaxQueryBytes): a larger paste is
// refused whole, with the reason, and the query is left as it was.
void tst_WindowBugs::oversizedPasteIsRefusedWhole()
{
    QPlainTextEdit *sql = m_harness->sqlField();
    const QString before = sql->toPlainText();
    sql->setFocus();
    sql->moveCursor(QTextCursor::End);
    QGuiApplication::clipboard()->setText(
        QStringLiteral(" OR ") + QString(QueryLimits::MaxQueryBytes - before.size(), u'x'));
    QTest::keyClick(sql, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(sql->toPlainText(), before);
    QVERIFY2(m_harness->window()->statusMessage().startsWith("Not pasted"),
             qPrintable(m_harness->window()->statusMessage()));
    QVERIFY(!m_harness->window()->editor()->isDirty());
    QGuiApplication::clipboard()->setText(QStringLiteral(" OR country = 'FR'"));
    QTest::keyClick(sql, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(sql->toPlainText(), before + " OR country = 'FR'"); // a paste that fits goes in
}

// The first segment opens with its draft while "Restore unsaved edits?" is still asked: Discard
// takes the edit out of the editor too, not only out of the store.
void tst_WindowBugs::discardedDraftsLeaveTheEditor()
{
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    const QJsonArray all
        = m_sandbox->send("GET", segmentsPath, segmentsPath).json()["results"].toArray();
    QVERIFY(!all.isEmpty());
    DraftStore before; // as a crash left them, before the window opens its store
    QVERIFY(before.open(QDir(m_harness->dataDir()).filePath("drafts.sqlite")).isOk());
    for (const QJsonValue &s : all) {
        const QString id = s["id"].toString();
        QVERIFY(before
                    .save({id,
                           "Draft of " + id,
                           "SELECT contact_id, updated_at FROM contact_data",
                           {},
                           QDateTime::currentDateTimeUtc()})
                    .isOk());
    }
    bool discarded = false;
    whenModalShows([&discarded](QWidget *box) {
        QCOMPARE(box->objectName(), QStringLiteral("restoreDrafts"));
        discarded = clickButton(box, "Discard");
    });
    QVERIFY(m_harness->open());
    QTRY_VERIFY(discarded);
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QTRY_COMPARE(m_harness->nameField()->text(), m_harness->fromApi(id)["name"].toString());
    QVERIFY(!m_harness->window()->editor()->isDirty());
    QVERIFY(m_harness->drafts().all().value().isEmpty());
}

// "Save" when leaving an edit for another segment: once saved, the other one opens, and the list
// shows the segment the editor shows.
void tst_WindowBugs::saveInTheQuestionThenOpensTheOtherSegment()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString bounced = m_harness->window()->segmentList()->currentSegmentId();
    m_harness->nameField()->setText("Bounced, saved on leaving");
    whenModalShows([](QWidget *box) { clickButton(box, "Save"); });
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    table()->setCurrentIndex(rowNamed("Germany"));
    QVERIFY(opened.wait(15000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germany"));
    QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("Germany"));
    QCOMPARE(m_harness->fromApi(bounced)["name"].toString(),
             QStringLiteral("Bounced, saved on leaving"));
}

// One rule for the Save button and the question: an edit Save would refuse is not sent from it.
void tst_WindowBugs::questionOffersSaveOnlyWhenSaveWouldSend()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    m_harness->nameField()->setText("Germany"); // taken: the Save button refuses it
    QStringList buttons;
    whenModalShows([&buttons](QWidget *box) {
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>())
            buttons << b->text().remove(u'&');
        clickButton(box, "Cancel");
    });
    table()->setCurrentIndex(rowNamed("VIP list"));
    QTRY_VERIFY(!buttons.isEmpty());
    QVERIFY2(!buttons.contains("Save") && buttons.contains("Discard"),
             qPrintable(buttons.join(',')));
    QCOMPARE(m_harness->fromApi(id)["name"].toString(), QStringLiteral("Bounced"));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germany")); // stayed, edit kept
}

// A context-menu action waits for its row to open; answering Cancel drops it, so opening that
// row later does not run it.
void tst_WindowBugs::cancelledQuestionDropsTheWaitingAction()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString vip = rowNamed("VIP list").data(SegmentTableModel::SegmentIdRole).toString();
    m_harness->nameField()->setText("Bounced, edited");
    bool cancelled = false;
    whenModalShows([&cancelled](QWidget *box) { cancelled = clickButton(box, "Cancel"); });
    Q_EMIT m_harness->window()->segmentList()->duplicateRequested(vip);
    QTRY_VERIFY(cancelled);
    // The list shows the edited segment again, not the row the menu named.
    QTRY_COMPARE(table()->currentIndex().data().toString(), QStringLiteral("Bounced"));
    whenModalShows([](QWidget *box) { clickButton(box, "Discard"); });
    QVERIFY(m_harness->select("VIP list"));
    QTRY_VERIFY(!m_harness->window()->isBusy()); // no create on its way either
    const auto &segments = m_harness->window()->segmentList()->model()->segments();
    QVERIFY(std::none_of(segments.begin(), segments.end(),
                         [](const SegmentSummary &s) { return s.name == u"Copy of VIP list"; }));
}

// Re-highlighting after a lint is no edit: it neither starts another lint (which ran every
// 150 ms for good) nor drops SendGrid's error from the diagnostics.
void tst_WindowBugs::sendGridsErrorStaysAndLintingSettles()
{
    QVERIFY(m_harness->select("Bounced"));
    SegmentEditorPanel *editor = m_harness->window()->editor();
    QSignalSpy edited(editor, &SegmentEditorPanel::edited);
    editor->showServerQueryError("1:1: error: refused for this test");
    // Once the error is drawn, its re-highlighting has signalled textChanged: no lint follows.
    QTRY_VERIFY(WindowTest::underlinedAt(m_harness->sqlField(), 0));
    QVERIFY(!editor->isLintScheduled());
    QVERIFY(edited.isEmpty());
    auto *status = m_harness->window()->findChild<QLabel *>("queryStatus");
    QVERIFY2(status->text().contains("refused for this test"), qPrintable(status->text()));
    // Where and how bad, once (#19 §5): not "1:1: error: SendGrid: 1:1: error: …".
    QCOMPARE(status->text().count("1:1:"), 1);
    QVERIFY2(status->text().contains("SendGrid: refused for this test"),
             qPrintable(status->text()));
    QVERIFY(!editor->isDirty());
}

// #18 §4: a profile this version cannot read is skipped, not lost, and the window says so as
// the command line does.
void tst_WindowBugs::skippedProfileIsSaid()
{
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    {
        QSettings raw(QDir(m_harness->dataDir()).filePath("SegmentDesk.conf"),
                      QSettings::IniFormat);
        const QString group = "profiles/" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        raw.setValue(group + "/name", "Mars");
        raw.setValue(group + "/region", "mars");
    }
    QVERIFY(m_harness->open());
    auto *problems = m_harness->window()->findChild<QLabel *>("profileProblems");
    QVERIFY(problems && problems->isVisible());
    QVERIFY2(problems->text().contains("\"Mars\"")
                 && problems->text().contains("Unknown region \"mars\""),
             qPrintable(problems->text()));
}

QTEST_MAIN(tst_WindowBugs)
#include "tst_windowbugs.moc"
