// SPDX-License-Identifier: MIT
// Counts the marketer can trust (#19 §3): a segment SendGrid has not counted says so in the
// list, the response view and the delete confirmation, and its count shows once SendGrid has
// it, without anyone asking; F5 rereads the open segment, keeping an unsaved edit safe.
#include "conflictdialog.h"
#include "editing/livepreview.h"
#include "models/segmenttablemodel.h"
#include "responsepanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QAction>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace WindowTest;
using namespace std::chrono_literals;

namespace {
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
} // namespace

class tst_Counts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void duplicateSaysNotCountedUntilItsCountArrives();
    void f5RereadsTheOpenSegment();
    void f5KeepsAnUnsavedEditAndItsConflict();
    void aSavedQueryShowsItsNewCountWhenSendGridHasIt();

private:
    /// A sandbox on the window's clock whose SendGrid time runs `timeScale` times as fast.
    bool start(double timeScale);
    MainWindow *window() const { return m_harness->window(); }
    bool press(QKeySequence keys);
    QString countText() const;
    QString listedCount() const;
    /// The open segment's count as the list's view shows it.
    QModelIndex listedIndex() const;
    QString deleteQuestion();
    int changeElsewhere(const QJsonObject &change);

    std::optional<SandboxFixture> m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_Counts::cleanup()
{
    m_harness.reset();
    m_sandbox.reset();
}

bool tst_Counts::start(double timeScale)
{
    SandboxOptions options = SandboxFixture::defaults();
    options.timeScale = timeScale;
    m_sandbox.emplace(options);
    if (!m_sandbox->start())
        return false;
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    return m_harness->open();
}

bool tst_Counts::press(QKeySequence keys)
{
    window()->activateWindow(); // shortcuts reach the active window only
    if (!QTest::qWaitForWindowActive(window()))
        return false;
    QTest::keySequence(window(), keys);
    return true;
}

QString tst_Counts::countText() const
{
    return window()->response()->findChild<QLabel *>("count")->text();
}

QString tst_Counts::listedCount() const
{
    const SegmentTableModel *model = window()->segmentList()->model();
    const int row = model->rowOf(window()->segmentList()->currentSegmentId());
    return model->index(row, SegmentTableModel::Contacts).data().toString();
}

QModelIndex tst_Counts::listedIndex() const
{
    const auto *table = window()->segmentList()->findChild<QTableView *>();
    const QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, SegmentTableModel::Contacts);
        if (index.data(SegmentTableModel::SegmentIdRole).toString()
            == window()->segmentList()->currentSegmentId())
            return index;
    }
    return {};
}

// The delete confirmation's question, answered Cancel.
QString tst_Counts::deleteQuestion()
{
    QString asked;
    whenModalShows([&asked](QWidget *box) {
        asked = static_cast<QMessageBox *>(box)->text();
        clickButton(box, "Cancel");
    });
    if (!press(QKeySequence(Qt::CTRL | Qt::Key_Delete)))
        return {};
    (void)QTest::qWaitFor([&asked] { return !asked.isEmpty(); }, 5000);
    return asked;
}

int tst_Counts::changeElsewhere(const QJsonObject &change)
{
    const QString id = window()->segmentList()->currentSegmentId();
    return m_sandbox->send("PATCH", "/v3/marketing/segments/2.0/" + id, segmentOp, change).status;
}

// SendGrid's own time (validation 5 s, then the first count), moved on by the test.
void tst_Counts::duplicateSaysNotCountedUntilItsCountArrives()
{
    QVERIFY(start(1));
    QVERIFY(m_harness->select("Bounced"));
    QSignalSpy opened(window(), &MainWindow::segmentLoaded);
    QVERIFY(press(QKeySequence(Qt::CTRL | Qt::Key_D)));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Copy of Bounced"));
    QVERIFY2(countText().startsWith("not counted yet"), qPrintable(countText()));
    QVERIFY(!countText().contains("as of"));
    QCOMPARE(listedCount(), QStringLiteral("not counted yet"));
    const QString asked = deleteQuestion();
    QVERIFY2(asked.contains("(not counted yet)"), qPrintable(asked));
    QVERIFY(!asked.contains("0 contacts"));

    m_sandbox->clock().moveOn(10s); // past validation and the first count: the window reads
    const QString id = window()->segmentList()->currentSegmentId();
    QTRY_VERIFY_WITH_TIMEOUT(!countText().startsWith("not counted"), 10000);
    const qint64 counted = m_harness->fromApi(id)["contacts_count"].toInteger();
    QVERIFY(counted > 0);
    QVERIFY2(countText().startsWith(QLocale().toString(counted) + " as of"),
             qPrintable(countText()));
    QCOMPARE(listedCount(), QLocale().toString(counted));
    QVERIFY(deleteQuestion().contains(QStringLiteral("(%1 contacts)").arg(counted)));
}

void tst_Counts::f5RereadsTheOpenSegment()
{
    QVERIFY(start(1000));
    QVERIFY(m_harness->select("Bounced"));
    const QString query = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Chile'";
    QCOMPARE(changeElsewhere({{"name", "Bounced, renamed elsewhere"}, {"query_dsl", query}}), 200);
    m_sandbox->clock().moveOn(2h); // checked and counted again by SendGrid's schedule
    QSignalSpy opened(window(), &MainWindow::segmentLoaded);
    QVERIFY(press(QKeySequence::Refresh));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, renamed elsewhere"));
    QCOMPARE(m_harness->sqlField()->toPlainText(), query);
    const qint64 counted
        = m_harness->fromApi(window()->segmentList()->currentSegmentId())["contacts_count"]
              .toInteger();
    QVERIFY2(countText().startsWith(QLocale().toString(counted) + " as of"),
             qPrintable(countText()));
}

// F5 never replaces what the person typed: the edit stays, and saving it meets the change
// made elsewhere as a conflict (both versions shown), not as a silent overwrite.
void tst_Counts::f5KeepsAnUnsavedEditAndItsConflict()
{
    QVERIFY(start(1000));
    QVERIFY(m_harness->select("Bounced"));
    m_harness->nameField()->setText("Bounced, my edit");
    QCOMPARE(changeElsewhere({{"name", "Bounced, their edit"}}), 200);
    QSignalSpy listed(window(), &MainWindow::listLoaded);
    QVERIFY(press(QKeySequence::Refresh));
    QVERIFY(listed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(window()->statusMessage().contains("changed in SendGrid"), 10000);
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, my edit"));
    bool conflict = false;
    whenModalShows([&conflict](QWidget *dialog) {
        conflict = qobject_cast<ConflictDialog *>(dialog) != nullptr;
        clickButton(dialog, "Cancel");
    });
    QVERIFY(!m_harness->saveAndWait());
    QVERIFY(conflict);
    QCOMPARE(m_harness->fromApi(window()->segmentList()->currentSegmentId())["name"].toString(),
             QStringLiteral("Bounced, their edit"));
}

// Done as a marketer does: a count before saving (the preview), save, and the count arrives by
// itself once SendGrid has recounted; meanwhile the old count says it is the previous query's.
void tst_Counts::aSavedQueryShowsItsNewCountWhenSendGridHasIt()
{
    QVERIFY(start(1));
    QVERIFY(m_harness->select("Bounced"));
    QSignalSpy previewed(window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(
        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'France'");
    m_sandbox->clock().moveOn(1s); // past the preview's pause, not SendGrid's validation
    QVERIFY(previewed.wait(10000));
    const QString preview = window()->findChild<QLabel *>("previewMatches")->text();
    const QString before = listedCount();
    QVERIFY(m_harness->saveAndWait());
    QCOMPARE(listedCount(), before); // drawn in italics, and the tooltip says why
    QVERIFY(listedIndex().data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(listedIndex().data(Qt::ToolTipRole).toString().startsWith("Counted before the query"));
    QVERIFY2(countText().contains("previous query"), qPrintable(countText()));

    m_sandbox->clock().moveOn(10s); // checked, then counted by SendGrid
    const QString id = window()->segmentList()->currentSegmentId();
    QTRY_VERIFY_WITH_TIMEOUT(!listedIndex().data(Qt::FontRole).value<QFont>().italic(), 10000);
    const QString counted
        = QLocale().toString(m_harness->fromApi(id)["contacts_count"].toInteger());
    QCOMPARE(listedCount(), counted);
    QVERIFY2(preview.startsWith(counted + " contacts"), qPrintable(preview + " / " + counted));
    QTRY_VERIFY2(countText().startsWith(counted + " as of"), qPrintable(countText()));
    QVERIFY(!countText().contains("previous query"));
}

QTEST_MAIN(tst_Counts)
#include "tst_counts.moc"
