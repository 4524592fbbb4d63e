// SPDX-License-Identifier: MIT
// A save waiting for a retry says what it waits for and counts down (#12 bug 7), and drafts are
// written when typing pauses, never lost to what comes next. A real window on a sandbox.
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace WindowTest;

class tst_SaveWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rateLimitedSaveCountsDownAndStops();
    void rateLimitedSaveGoesThroughAfterTheWait();
    void typingWritesTheDraftOnceItPauses();
    void closingRightAfterTypingKeepsTheDraft();

private:
    MainWindow *window() const { return m_harness->window(); }
    /// Starts saving "Bounced" renamed, with SendGrid's rate limit reached for the PATCH.
    bool startRateLimitedSave();
    /// The seconds the status counts down, or -1 when it shows no wait.
    int secondsLeft() const;
    bool hasDraft(const QString &id) const;

    std::optional<SandboxFixture> m_sandbox; ///< each test its own: no state leaks
    std::unique_ptr<WindowHarness> m_harness;
    QString m_id;
};

void tst_SaveWait::initTestCase() { }

void tst_SaveWait::init()
{
    m_sandbox.emplace();
    QVERIFY(m_sandbox->start());
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    QVERIFY(m_harness->open());
    QVERIFY(m_harness->select("Bounced"));
    m_id = window()->segmentList()->currentSegmentId();
}

void tst_SaveWait::cleanup()
{
    m_harness.reset();
    // Each test starts from the sample's "Bounced", whether or not the last one saved.
    QCOMPARE(m_sandbox
                 ->send("PATCH", "/v3/marketing/segments/2.0/" + m_id,
                        "/v3/marketing/segments/2.0/{segment_id}",
                        QJsonObject {{"name", "Bounced"}})
                 .status,
             200);
    m_sandbox.reset();
}

bool tst_SaveWait::startRateLimitedSave()
{
    // The reset is in whole seconds: 4 s leaves at least 3 to count down.
    if (!m_sandbox->injectFault(
            {{"kind", "rate_limit"}, {"method", "PATCH"}, {"reset_seconds", 4}, {"times", 1}}))
        return false;
    m_harness->nameField()->setText("Bounced, after the wait");
    window()->activateWindow();
    if (!QTest::qWaitForWindowActive(window()))
        return false;
    QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
    return true;
}

int tst_SaveWait::secondsLeft() const
{
    static const QRegularExpression wait(
        QStringLiteral("^Saving \"Bounced, after the wait\": SendGrid's rate limit is reached; "
                       "sending again in (\\d+) s \\(Esc or Cancel stops\\)$"));
    const QRegularExpressionMatch match = wait.match(window()->statusMessage());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool tst_SaveWait::hasDraft(const QString &id) const
{
    const auto found = m_harness->drafts().find(id);
    return found.isOk() && found.value().has_value();
}

// Bug 7: the wait is named and counted down; Esc stops the save and keeps the edit.
void tst_SaveWait::rateLimitedSaveCountsDownAndStops()
{
    QVERIFY(startRateLimitedSave());
    QTRY_VERIFY2(secondsLeft() > 0, qPrintable(window()->statusMessage()));
    const int first = secondsLeft();
    m_sandbox->clock().moveOn(std::chrono::seconds(1)); // the countdown follows the clock
    QVERIFY2(secondsLeft() > 0 && secondsLeft() < first, qPrintable(window()->statusMessage()));
    QVERIFY(window()->isBusy());
    QTest::keyClick(window(), Qt::Key_Escape);
    QTRY_VERIFY(!window()->isBusy());
    QVERIFY2(window()->statusMessage().startsWith("Not saved"),
             qPrintable(window()->statusMessage()));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, after the wait"));
    QVERIFY(window()->editor()->isDirty());
    QVERIFY(hasDraft(m_id));
    QCOMPARE(m_harness->fromApi(m_id)["name"].toString(), QStringLiteral("Bounced"));
}

void tst_SaveWait::rateLimitedSaveGoesThroughAfterTheWait()
{
    QSignalSpy finished(window(), &MainWindow::saveFinished);
    QVERIFY(startRateLimitedSave());
    QTRY_VERIFY2(secondsLeft() > 0, qPrintable(window()->statusMessage()));
    m_sandbox->clock().moveOn(std::chrono::seconds(5)); // past the reset: the retry goes out
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(window()->statusMessage(), QStringLiteral("Saved \"Bounced, after the wait\"."));
    QCOMPARE(m_harness->fromApi(m_id)["name"].toString(),
             QStringLiteral("Bounced, after the wait"));
    QVERIFY(!hasDraft(m_id));
}

// 20 quick keystrokes write one draft, once typing pauses, holding all of them.
void tst_SaveWait::typingWritesTheDraftOnceItPauses()
{
    const int before = m_harness->drafts().writeCount();
    QLineEdit *name = m_harness->nameField();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" typed quickly here")); // 19 characters
    QTest::keyClick(name, Qt::Key_Exclam);
    QTRY_VERIFY(hasDraft(m_id));
    QCOMPARE(m_harness->drafts().find(m_id).value()->name,
             QStringLiteral("Bounced typed quickly here!"));
    QCOMPARE(m_harness->drafts().writeCount() - before, 1);
}

// Closing (and being asked about the edit) right after typing: the edit is on disk already.
void tst_SaveWait::closingRightAfterTypingKeepsTheDraft()
{
    QTest::keyClicks(m_harness->nameField(), QStringLiteral(" closed"));
    QVERIFY(!hasDraft(m_id)); // the pause has not come yet
    bool asked = false;
    bool keptWhenAsked = false;
    whenModalShows([&](QWidget *box) {
        asked = true;
        keptWhenAsked = hasDraft(m_id);
        clickButton(box, "Cancel");
    });
    window()->close();
    QTRY_VERIFY(asked);
    QVERIFY(keptWhenAsked);
    QVERIFY(window()->isVisible());
    QCOMPARE(m_harness->drafts().find(m_id).value()->name, QStringLiteral("Bounced closed"));
}

QTEST_MAIN(tst_SaveWait)
#include "tst_savewait.moc"
