// SPDX-License-Identifier: MIT
// The main window on a real in-process sandbox, driven through its widgets (offscreen).
#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "mainwindow.h"
#include "models/samplemodel.h"
#include "models/segmenttablemodel.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/fixtures.h"
#include "support/sandboxfixture.h"
#include "support/testaccounts.h"
#include "translations.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");

/// Answers the next modal dialog with `answer` once it is shown.
void whenModalShows(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        if (QWidget *modal = QApplication::activeModalWidget())
            return answer(modal);
        whenModalShows(answer);
    });
}

void clickButton(QWidget *dialog, const QString &objectNameOrText)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (b->objectName() == objectNameOrText || b->text().remove(u'&') == objectNameOrText)
            return b->click();
    }
    qWarning("no button %s", qPrintable(objectNameOrText));
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsFiltersSortsSelects();
    void renameIsPatchedAndStoredInSendGrid();
    void historyKeepsWhatWasReadAndSaved();
    void invalidNamesBlockSave_data();
    void invalidNamesBlockSave();
    void queryEditGoesPendingThenValid();
    void badQueryBecomesInvalidWithItsMessage();
    void serverFailuresKeepTheEdit_data();
    void serverFailuresKeepTheEdit();
    void cutOffSaveIsCheckedInSendGrid_data();
    void cutOffSaveIsCheckedInSendGrid();
    void conflictDialogWhenChangedUnderneath();
    void conflictTakeTheirsDropsMine();
    void unsavedChangesGuard();
    void draftIsRecoveredAfterACrash();
    void shortcuts();
    void exportsSampleAsCsv();
    void serverNameErrorShowsUnderTheField();
    void pendingSegmentIsFollowedWhenOpened();
    void listErrorStateOffersRetry();
    void refreshHonoursTheQuota();
    void layoutIsRemembered();

private:
    /// A new window on the sandbox, shown once its list and first segment are loaded.
    bool openWindow();
    /// Opens the segment named `name` from the list; false (with a warning) if it did not open.
    bool select(const QString &name);
    QLineEdit *nameField() const { return m_window->findChild<QLineEdit *>("name"); }
    QPlainTextEdit *sqlField() const { return m_window->findChild<QPlainTextEdit *>("sql"); }
    QPushButton *saveButton() const { return m_window->findChild<QPushButton *>("save"); }
    bool saveAndWait();
    QJsonObject fromApi(const QString &id);
    enum class DraftState { Kept, None, Unreadable };
    DraftState draftState(const QString &segmentId) const
    {
        const auto found = m_drafts->find(segmentId);
        if (!found.isOk())
            return DraftState::Unreadable;
        return found.value() ? DraftState::Kept : DraftState::None;
    }
    /// Opens `name`, renames it to `theirs` through the API, then types `mine` in the window.
    /// Returns the segment id, or "" when the rename elsewhere failed.
    QString editWhileRenamedElsewhere(const QString &name, const QString &theirs,
                                      const QString &mine);

    std::unique_ptr<SandboxFixture> m_sandbox; ///< each test its own: no state leaks between tests
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindow> newWindow(SendGridClient *client);
};

std::unique_ptr<MainWindow> tst_MainWindow::newWindow(SendGridClient *client)
{
    m_accounts = std::make_unique<TestAccounts>(m_dir.path(), client, *m_sandbox);
    m_history = std::make_unique<HistoryStore>();
    if (!m_history
             ->open(m_dir.filePath(
                 QStringLiteral("history-%1.sqlite").arg(QTest::currentTestFunction())))
             .isOk())
        return nullptr;
    return std::make_unique<MainWindow>(client, m_drafts.get(),
                                        Accounts {&m_accounts->settings, &m_accounts->profiles,
                                                  &m_accounts->secrets, &m_accounts->connector,
                                                  m_dir.path(), m_history.get()});
}

void tst_MainWindow::initTestCase()
{
    Translations::install(QStringLiteral("en")); // plural forms, as segmentdesk shows them
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts
                ->open(m_dir.filePath(
                    QStringLiteral("drafts-%1.sqlite").arg(QTest::currentTestFunction())))
                .isOk());
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    QVERIFY(openWindow());
}

bool tst_MainWindow::openWindow()
{
    m_window = newWindow(m_client.get());
    if (!m_window)
        return false;
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    m_window->show();
    m_window->reload();
    return loaded.wait(10000) && (opened.count() > 0 || opened.wait(10000));
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->editor()->revert(); // no unsaved-changes question on close
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
}

bool tst_MainWindow::select(const QString &name)
{
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    if (table->currentIndex().data().toString() == name && nameField()->text() == name)
        return true; // already open
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    if (hits.isEmpty()) {
        qWarning("no segment named %s in the list", qPrintable(name));
        return false;
    }
    table->setCurrentIndex(hits.first());
    if (!opened.wait(10000)) {
        qWarning("%s did not open: %s", qPrintable(name), qPrintable(m_window->statusMessage()));
        return false;
    }
    return nameField()->text() == name;
}

bool tst_MainWindow::saveAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
    // Shortcuts reach the active window only; a dialog that just closed may have taken that.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    return finished.wait(15000) && finished.first().first().toBool();
}

QJsonObject tst_MainWindow::fromApi(const QString &id)
{
    return m_sandbox->send("GET", segmentsPath + u'/' + id + "?contacts_sample=false", segmentOp)
        .json();
}

QString tst_MainWindow::editWhileRenamedElsewhere(const QString &name, const QString &theirs,
                                                  const QString &mine)
{
    if (!select(name))
        return {};
    const QString id = m_window->segmentList()->currentSegmentId();
    if (m_sandbox
            ->send("PATCH", segmentsPath + u'/' + id, segmentOp, QJsonObject {{"name", theirs}})
            .status
        != 200)
        return {};
    nameField()->setText(mine);
    return id;
}

void tst_MainWindow::loadsFiltersSortsSelects()
{
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    QVERIFY(table->model()->rowCount() >= 13);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(search);
    QTest::keyClicks(search, "germ");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Germany"));
    search->clear();
    table->sortByColumn(SegmentTableModel::Contacts, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const qint64 count = table->model()
                                 ->index(row, SegmentTableModel::Contacts)
                                 .data(SegmentTableModel::SortRole)
                                 .toLongLong();
        QVERIFY(count <= previous);
        previous = count;
    }
    QVERIFY(select("Bounced"));
    QVERIFY(m_window->response()->statusText().startsWith("VALID"));
    QVERIFY(m_window->response()->sample()->rowCount() > 0);
    // The selection survives a reload (F5).
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->segmentList()->currentSegmentId(),
             fromApi(m_window->segmentList()->currentSegmentId())["id"].toString());
    QCOMPARE(nameField()->text(), QStringLiteral("Bounced"));
}

void tst_MainWindow::renameIsPatchedAndStoredInSendGrid()
{
    QVERIFY(select("VIP list"));
    const QString id = m_window->segmentList()->currentSegmentId();
    nameField()->setText("VIP customers");
    QVERIFY(m_window->isWindowModified());
    QVERIFY(saveAndWait());
    QCOMPARE(fromApi(id)["name"].toString(), QStringLiteral("VIP customers")); // through the API
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!saveButton()->isEnabled());
    nameField()->setText("VIP list");
    QVERIFY(saveAndWait());
}

// The version read when opening, then the one saved here: the history the CLI shows too.
void tst_MainWindow::historyKeepsWhatWasReadAndSaved()
{
    QVERIFY(select("Gmail readers"));
    const QString id = m_window->segmentList()->currentSegmentId();
    nameField()->setText("Gmail readers, kept in history");
    QVERIFY(saveAndWait());
    const auto versions
        = m_history->versions(Profile::sandboxId().toString(QUuid::WithoutBraces), id);
    QVERIFY(versions.isOk());
    QCOMPARE(versions.value().size(), 2);
    QCOMPARE(versions.value()[0].name, QStringLiteral("Gmail readers"));
    QCOMPARE(versions.value()[0].source, HistoryVersion::Source::Elsewhere);
    QCOMPARE(versions.value()[1].name, QStringLiteral("Gmail readers, kept in history"));
    QCOMPARE(versions.value()[1].source, HistoryVersion::Source::ThisApp);
    nameField()->setText("Gmail readers");
    QVERIFY(saveAndWait());
}

void tst_MainWindow::invalidNamesBlockSave_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("101 characters") << QString(101, u'n');
    QTest::newRow("duplicate") << QStringLiteral("Germany");
}

void tst_MainWindow::invalidNamesBlockSave()
{
    QFETCH(QString, name);
    QVERIFY(select("Bounced"));
    nameField()->setText(name);
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!m_window->findChild<QLabel *>("nameError")->text().isEmpty());
    nameField()->setText("Bounced (valid)");
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>("nameError")->text().isEmpty());
}

void tst_MainWindow::queryEditGoesPendingThenValid()
{
    QVERIFY(select("Germany"));
    const QString id = m_window->segmentList()->currentSegmentId();
    sqlField()->setPlainText("SELECT contact_id, updated_at FROM contact_data WHERE country = "
                             "'Germany' AND plan_tier = 'pro'");
    QSignalSpy settled(m_window.get(), &MainWindow::validationSettled);
    QVERIFY(saveAndWait());
    QVERIFY(m_window->response()->statusText().startsWith("PENDING"));
    // The count still describes the old query until SendGrid's next recount.
    QVERIFY(m_window->findChild<QLabel *>("count")->text().contains("stale"));
    QVERIFY(settled.wait(15000));
    QVERIFY(m_window->response()->statusText().startsWith("VALID"));
    QCOMPARE(fromApi(id)[u"status"][u"query_validation"].toString(), QStringLiteral("VALID"));
    // Nothing is running any more: no Cancel left in the status bar.
    QVERIFY(!m_window->isBusy());
    QVERIFY(!m_window->findChild<QPushButton *>("cancel")->isVisible());
}

void tst_MainWindow::badQueryBecomesInvalidWithItsMessage()
{
    QVERIFY(select("Bounced"));
    sqlField()->setPlainText(
        "SELECT contact_id, updated_at FROM contact_data WHERE frist_name = 'Ann'");
    QTRY_COMPARE(saveButton()->text().remove(u'&'), QStringLiteral("Save anyway"));
    QSignalSpy settled(m_window.get(), &MainWindow::validationSettled);
    // "Save anyway" says what is wrong before it sends (#12 bug 9): first Cancel, then Save.
    QString asked;
    whenModalShows([&asked](QWidget *box) {
        asked = box->objectName() + u' ' + static_cast<QMessageBox *>(box)->text();
        clickButton(box, "Cancel");
    });
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.startsWith("confirmInvalidQuery") && asked.contains("frist_name"),
             qPrintable(asked));
    QVERIFY(!m_window->isBusy()); // nothing sent
    QVERIFY(m_window->editor()->isDirty());
    whenModalShows([](QWidget *box) { clickButton(box, "Save"); });
    QVERIFY(saveAndWait());
    QVERIFY(settled.wait(15000));
    QVERIFY(m_window->response()->statusText().startsWith("INVALID"));
    QVERIFY(m_window->findChild<QLabel *>("queryStatus")->text().contains("first_name"));
}

void tst_MainWindow::serverFailuresKeepTheEdit_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << QJsonObject {{"kind", "status"},
                                         {"status", 500},
                                         {"method", "PATCH"},
                                         {"times", 1}}
                         << "Check the connection";
    QTest::newRow("429") << QJsonObject {{"kind", "rate_limit"},
                                         {"reset_seconds", 1},
                                         {"method", "PATCH"},
                                         {"times", 0}}
                         << "Try again after";
    QTest::newRow("timeout") << QJsonObject {{"kind", "stall"}, {"method", "PATCH"}, {"times", 1}}
                             << "Check the connection";
}

void tst_MainWindow::serverFailuresKeepTheEdit()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, expected);
    m_client->setTimeout(std::chrono::milliseconds(1500));
    QVERIFY(select("Bounced"));
    nameField()->setText("Bounced, edited");
    QVERIFY(m_sandbox->injectFault(fault));
    QVERIFY2(!saveAndWait(), qPrintable(m_window->statusMessage()));
    QVERIFY2(m_window->statusMessage().contains(expected), qPrintable(m_window->statusMessage()));
    QCOMPARE(nameField()->text(), QStringLiteral("Bounced, edited"));
    QVERIFY(saveButton()->isEnabled());
    QCOMPARE(draftState(m_window->segmentList()->currentSegmentId()), DraftState::Kept);
}

void tst_MainWindow::cutOffSaveIsCheckedInSendGrid_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<QString>("expected");
    // The sandbox applies the PATCH, sends half the reply and resets the connection.
    QTest::newRow("applied, reply cut off")
        << QJsonObject {{"kind", "reset"}, {"method", "PATCH"}, {"times", 1}} << true
        << "has your change";
    // The PATCH never reaches the store; the client gives up waiting.
    QTest::newRow("not applied, no reply")
        << QJsonObject {{"kind", "stall"}, {"method", "PATCH"}, {"times", 1}} << false
        << "does not have your change";
}

// A PATCH whose reply never arrived whole may or may not have been applied: the window reads
// the segment again and says which, instead of "not valid JSON" or a blind retry.
void tst_MainWindow::cutOffSaveIsCheckedInSendGrid()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, applied);
    QFETCH(QString, expected);
    m_client->setTimeout(std::chrono::milliseconds(1500));
    QVERIFY(select("Bounced"));
    const QString id = m_window->segmentList()->currentSegmentId();
    const QString before = fromApi(id)["name"].toString();
    nameField()->setText("Bounced, cut off");
    QVERIFY(m_sandbox->injectFault(fault));
    QCOMPARE(saveAndWait(), applied);
    QVERIFY2(m_window->statusMessage().contains(expected), qPrintable(m_window->statusMessage()));
    QVERIFY2(!m_window->statusMessage().contains("JSON"), qPrintable(m_window->statusMessage()));
    QCOMPARE(fromApi(id)["name"].toString(), applied ? QStringLiteral("Bounced, cut off") : before);
    QCOMPARE(draftState(id), applied ? DraftState::None : DraftState::Kept);
    QCOMPARE(m_window->editor()->isDirty(), !applied);
    if (!applied) {
        QVERIFY(m_window->statusMessage().contains("save again"));
        QVERIFY2(saveAndWait(), qPrintable(m_window->statusMessage())); // sent again, once
    }
    QTRY_VERIFY(!m_window->isBusy()); // the finished save session is deleted on the next turn
    nameField()->setText(before);
    QVERIFY2(saveAndWait(), qPrintable(m_window->statusMessage()));
}

void tst_MainWindow::conflictDialogWhenChangedUnderneath()
{
    const QString id = editWhileRenamedElsewhere("New this quarter", "Renamed elsewhere", "Mine");
    QVERIFY(!id.isEmpty());
    bool sawDialog = false;
    whenModalShows([&](QWidget *dialog) {
        sawDialog = dialog->findChildren<QPlainTextEdit *>().size() == 3;
        clickButton(dialog, "keepMine");
    });
    QVERIFY2(saveAndWait(), qPrintable(m_window->statusMessage()));
    QVERIFY(sawDialog);
    QCOMPARE(fromApi(id)["name"].toString(), QStringLiteral("Mine"));
    nameField()->setText("New this quarter");
    QVERIFY2(saveAndWait(), qPrintable(m_window->statusMessage()));
}

void tst_MainWindow::conflictTakeTheirsDropsMine()
{
    const QString id = editWhileRenamedElsewhere("Gmail readers", "Gmail (theirs)", "Gmail (mine)");
    QVERIFY(!id.isEmpty());
    whenModalShows([](QWidget *dialog) { clickButton(dialog, "takeTheirs"); });
    // Taking theirs must not ask about unsaved changes; a question left open fails the test.
    bool asked = false;
    QTimer::singleShot(5000, m_window.get(), [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            clickButton(modal, "Discard");
        }
    });
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(opened.wait(10000));
    QVERIFY(!asked);
    QCOMPARE(nameField()->text(), QStringLiteral("Gmail (theirs)"));
    QVERIFY(!m_window->editor()->isDirty());
    QCOMPARE(draftState(id), DraftState::None);
    QCOMPARE(m_sandbox
                 ->send("PATCH", segmentsPath + u'/' + id, segmentOp,
                        QJsonObject {{"name", "Gmail readers"}})
                 .status,
             200);
}

void tst_MainWindow::unsavedChangesGuard()
{
    QVERIFY(select("Bounced"));
    const QString bounced = m_window->segmentList()->currentSegmentId();
    nameField()->setText("Bounced, unsaved");
    whenModalShows([](QWidget *box) { clickButton(box, "Cancel"); });
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    table->setCurrentIndex(
        table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, "Germany").first());
    QTRY_COMPARE(m_window->segmentList()->currentSegmentId(), bounced); // stayed
    QCOMPARE(nameField()->text(), QStringLiteral("Bounced, unsaved"));
    whenModalShows([](QWidget *box) { clickButton(box, "Discard"); });
    QVERIFY(select("Germany"));
    QCOMPARE(draftState(fromApi(m_window->segmentList()->currentSegmentId())["id"].toString()),
             DraftState::None);
}

void tst_MainWindow::draftIsRecoveredAfterACrash()
{
    QVERIFY(select("Germany"));
    const QString id = m_window->segmentList()->currentSegmentId();
    sqlField()->setPlainText(
        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Spain'");
    m_window.reset(); // no close event, no question: what a crash or a kill leaves behind
    QCOMPARE(draftState(id), DraftState::Kept);
    whenModalShows([](QWidget *box) { clickButton(box, "Yes"); });
    m_window = newWindow(m_client.get());
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    m_window->show();
    m_window->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->segmentList()->currentSegmentId() == id
                                 && sqlField()->toPlainText().contains("Spain"),
                             10000);
    QVERIFY(m_window->editor()->isDirty());
    QVERIFY(m_window->statusMessage().contains("Restored"));
}

void tst_MainWindow::shortcuts()
{
    QVERIFY(select("Bounced"));
    sqlField()->setPlainText(
        "select contact_id,updated_at from contact_data where country='Spain' and plan_tier='pro'");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sqlField()->toPlainText().startsWith(
        "SELECT contact_id, updated_at\nFROM contact_data\nWHERE"));
    // Esc cancels a request in flight: the next open stalls until cancelled.
    m_window->editor()->revert();
    QVERIFY(m_sandbox->injectFault({{"kind", "stall"}, {"method", "GET"}, {"times", 1}}));
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    table->setCurrentIndex(
        table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, "Germany").first());
    QTRY_VERIFY(m_window->isBusy());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(m_window->statusMessage(), QStringLiteral("Cancelled."));
}

void tst_MainWindow::exportsSampleAsCsv()
{
    QVERIFY(select("Germany"));
    const QString file = m_dir.filePath("sample.csv");
    QCOMPARE(m_window->response()->exportCsv(file), QString());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), m_window->response()->sample()->rowCount() + 1);
    QVERIFY(lines.first().startsWith("Email,First name,Last name,City,Country,Lists"));
    QVERIFY(lines.at(1).contains("Germany"));
}

void tst_MainWindow::listErrorStateOffersRetry()
{
    QVERIFY(m_sandbox->injectFault({{"kind", "status"},
                                    {"status", 500},
                                    {"method", "GET"},
                                    {"path", segmentsPath},
                                    {"times", 1}}));
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *message = m_window->findChild<QLabel *>("listMessage");
    auto *retry = m_window->findChild<QPushButton *>("retry");
    QTRY_VERIFY(retry->isVisible());
    QVERIFY2(message->text().contains("could not be loaded"), qPrintable(message->text()));
    retry->click();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_window->findChild<QTableView *>("segmentTable")->isVisible());
}

void tst_MainWindow::refreshHonoursTheQuota()
{
    QVERIFY(select("Gmail readers"));
    auto *refresh = m_window->findChild<QPushButton *>("refresh");
    QVERIFY(refresh->isEnabled());
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    refresh->click();
    QVERIFY2(opened.wait(10000),
             qPrintable(m_window->statusMessage())); // re-read after the refresh
    QCOMPARE(fromApi(m_window->segmentList()->currentSegmentId())["refreshes_used"].toInt(), 1);
    QVERIFY(m_window->findChild<QLabel *>("refreshes")->text().startsWith("1 of 2"));
    QVERIFY(!refresh->isEnabled()); // one per hour: SendGrid would answer 429
    QVERIFY(refresh->toolTip().contains("one manual refresh per hour"));
}

void tst_MainWindow::layoutIsRemembered()
{
    m_window->resize(900, 640);
    auto *splitter = m_window->findChild<QSplitter *>("mainSplitter");
    splitter->setSizes({300, 600});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window = newWindow(m_client.get());
    m_window->show();
    QCOMPARE(m_window->size(), QSize(900, 640));
    QCOMPARE(m_window->findChild<QSplitter *>("mainSplitter")->sizes(), sizes);
}

void tst_MainWindow::serverNameErrorShowsUnderTheField()
{
    QVERIFY(select("Bounced"));
    // Created elsewhere after the list loaded: only SendGrid knows the name is taken.
    QCOMPARE(
        m_sandbox
            ->send("POST", segmentsPath, segmentsPath,
                   QJsonObject {
                       {"name", "Taken elsewhere"},
                       {"query_dsl",
                        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Peru'"}})
            .status,
        201);
    nameField()->setText("Taken elsewhere");
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!saveAndWait());
    QVERIFY(m_window->findChild<QLabel *>("nameError")->text().contains("already exists"));
    QCOMPARE(nameField()->text(), QStringLiteral("Taken elsewhere"));
}

void tst_MainWindow::pendingSegmentIsFollowedWhenOpened()
{
    // A sandbox that takes 2.5 s to validate, so the segment is still PENDING when opened.
    SandboxOptions options = SandboxFixture::defaults();
    options.timeScale = 2;
    options.contacts = 200;
    SandboxFixture slow(options);
    QVERIFY(slow.start());
    QCOMPARE(
        slow.send("POST", segmentsPath, segmentsPath,
                  QJsonObject {
                      {"name", "Fresh from the API"},
                      {"query_dsl",
                       "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Chile'"}})
            .status,
        201);
    SendGridClient client;
    QVERIFY(client.setBaseUrl(slow.baseUrl()).isOk());
    QVERIFY(client.setApiKey(slow.apiKey()).isOk());
    m_window = newWindow(&client);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    m_window->show();
    m_window->reload();
    QVERIFY(loaded.wait(10000));
    QSignalSpy settled(m_window.get(), &MainWindow::validationSettled);
    QVERIFY(select("Fresh from the API"));
    QVERIFY(m_window->response()->statusText().startsWith("PENDING"));
    QVERIFY(settled.wait(15000));
    QVERIFY(m_window->response()->statusText().startsWith("VALID"));
    m_window.reset(); // before the client it uses
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
