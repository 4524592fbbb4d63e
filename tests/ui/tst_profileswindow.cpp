// SPDX-License-Identifier: MIT
// Profiles from the window, against two in-process sandboxes: the sample data, and a second one
// started as a "real" account with its own keys. Keys go to a real gnome-keyring-daemon: ctest
// runs this test through tests/support/with-keyring.sh (a private D-Bus and keyring, a fresh
// HOME and XDG folders).
#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "profiledialog.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/keyringguard.h"
#include "support/sandboxfixture.h"
#include "support/secretscan.h"
#include "support/testaccounts.h"
#include "support/windowharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

// Made up, and distinctive enough to find anywhere it might leak.
const QString AccountKey = QStringLiteral("SG.audit-7f3c9e21.made-up-key-that-must-never-leak");
const QString ReadOnlyKey = QStringLiteral("SG.readonly-55aa.made-up-key");

QStringList captured; ///< every message the app logged during the test

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}

SandboxOptions accountOptions()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.seed = 11;
    options.apiKeys = {AccountKey};
    options.readOnlyApiKeys = {ReadOnlyKey};
    return options;
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>(name)) != nullptr; }, 5000);
    return found;
}

} // namespace

class tst_ProfilesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeConnectsAnAccount();
    void welcomeOffersTheEnvironmentKey();
    void switchingAsksAboutUnsavedEdits();
    void keyWithoutWriteScopeOpensReadOnly();
    void keyIsNowhereOnDiskOrInOutput();
    void rejectedKeyIsNotSavedWithoutAQuestion();

private:
    /// Adds a profile through the dialog, as a person does, and opens it.
    void addAndOpen(const QString &name, const QString &key, bool throughWelcome = false);
    QComboBox *switcher() const { return m_window->findChild<QComboBox *>("profileSwitcher"); }

    SandboxFixture m_sample;
    SandboxFixture m_account {accountOptions()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ProfilesWindow::initTestCase()
{
    QVERIFY2(KeyringGuard::mode() == u"unlocked", qPrintable(KeyringGuard::refusal()));
    QVERIFY(m_sample.start());
    QVERIFY(m_account.start());
    qInstallMessageHandler(capture);
}

void tst_ProfilesWindow::init()
{
    // Inside the with-keyring HOME, which the audit searches.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(data));
    m_dir = std::make_unique<QTemporaryDir>(QDir(data).filePath(QStringLiteral("test-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir->filePath(QStringLiteral("drafts.sqlite"))).isOk());
    m_client = std::make_unique<SendGridClient>();
    // The settings where the CLI finds them too: the with-keyring HOME is new for each run.
    m_accounts = std::make_unique<TestAccounts>(m_dir->path(), m_client.get(), m_sample,
                                                Settings::defaultFilePath());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_drafts.get(),
                                            Accounts {&m_accounts->settings, &m_accounts->profiles,
                                                      &m_accounts->secrets, &m_accounts->connector,
                                                      m_dir->path()});
    QSignalSpy loaded(m_window.get(), &MainWindow::segmentLoaded);
    m_window->show();
    m_window->openProfile(Profile::sandboxId());
    QVERIFY(loaded.wait(10000));
}

void tst_ProfilesWindow::cleanup()
{
    if (m_window)
        m_window->editor()->revert();
    m_window.reset();
    m_accounts.reset();
    QFile::remove(Settings::defaultFilePath()); // each test starts with the sample data only
}

void tst_ProfilesWindow::addAndOpen(const QString &name, const QString &key, bool throughWelcome)
{
    if (throughWelcome) {
        m_window->showWelcome({});
        auto *connect = waitForChild<QPushButton>(m_window.get(), "connectAccount");
        QVERIFY(connect);
        connect->click();
    } else {
        m_window->showProfiles(true);
    }
    auto *dialog = waitForChild<ProfileDialog>(m_window.get(), "profileDialog");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>("profileName"), name);
    auto *region = dialog->findChild<QComboBox *>("profileRegion");
    region->setCurrentIndex(region->findData(int(Profile::Region::Custom)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>("profileUrl"), m_account.baseUrl().toString());
    auto *keyField = dialog->findChild<QLineEdit *>("profileKey");
    QCOMPARE(keyField->echoMode(), QLineEdit::Password); // masked until asked
    QTest::keyClicks(keyField, key);
    QSignalSpy opened(m_window.get(), &MainWindow::profileOpened);
    QSignalSpy shown(m_window.get(), &MainWindow::segmentLoaded);
    dialog->findChild<QPushButton *>("useProfile")->click();
    QVERIFY2(opened.wait(10000), qPrintable(m_window->statusMessage()));
    QVERIFY(shown.count() > 0 || shown.wait(10000)); // the account's first segment is open
    QCOMPARE(m_window->activeProfile().name, name);
}

void tst_ProfilesWindow::welcomeConnectsAnAccount()
{
    QVERIFY(m_window->findChild<QWidget *>("sandboxBanner")->isVisible());
    addAndOpen("Acme", AccountKey, true);
    QVERIFY(!m_window->findChild<QWidget *>("sandboxBanner")->isVisible());
    QVERIFY(m_window->windowTitle().contains("Acme"));
    QCOMPARE(switcher()->currentText(), QStringLiteral("Acme"));
    // The list is the account's, not the sample data's: the two sandboxes differ.
    const QJsonArray theirs
        = m_account.send("GET", "/v3/marketing/segments/2.0", {}).json()[u"results"].toArray();
    QCOMPARE(m_window->segmentList()->model()->rowCount(), int(theirs.size()));
    QCOMPARE(m_window->segmentList()->currentSegmentId().isEmpty(), false);
}

// With SENDGRID_API_KEY set, the welcome offers a profile made from it: the key arrives in the
// dialog's masked field, to be named and stored like any other.
void tst_ProfilesWindow::welcomeOffersTheEnvironmentKey()
{
    m_window->showWelcome(AccountKey);
    auto *useKey = waitForChild<QPushButton>(m_window.get(), "useEnvironmentKey");
    QVERIFY(useKey);
    useKey->click();
    auto *dialog = waitForChild<ProfileDialog>(m_window.get(), "profileDialog");
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>("profileKey");
    QCOMPARE(key->text(), AccountKey);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    dialog->close();
}

void tst_ProfilesWindow::switchingAsksAboutUnsavedEdits()
{
    addAndOpen("Acme", AccountKey);
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    m_window->activateWindow(); // shortcuts reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->activeProfile().id, Profile::sandboxId());
    m_window->findChild<QLineEdit *>("name")->setText("Edited, not saved");
    QString asked;
    WindowTest::whenModalShows([&asked](QWidget *box) {
        asked = box->objectName();
        WindowTest::clickButton(box, "Cancel");
    });
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(asked, QStringLiteral("unsavedChanges"));
    QCOMPARE(m_window->activeProfile().id, Profile::sandboxId()); // stayed, edit kept
    QCOMPARE(m_window->editor()->name(), QStringLiteral("Edited, not saved"));
    QCOMPARE(switcher()->currentIndex(), 0);
}

void tst_ProfilesWindow::keyWithoutWriteScopeOpensReadOnly()
{
    addAndOpen("Acme (read only)", ReadOnlyKey);
    QTRY_VERIFY(!m_window->editor()->name().isEmpty());
    m_window->findChild<QLineEdit *>("name")->setText("Renamed");
    auto *save = m_window->findChild<QPushButton *>("save");
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains("cannot change segments"), qPrintable(save->toolTip()));
    auto *refresh = m_window->findChild<QPushButton *>("refresh");
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(refresh->toolTip(), save->toolTip());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isBusy()); // Ctrl+S follows the button: nothing was sent
}

// The key typed into the window, used to save, and used by the CLI: in the keychain only.
void tst_ProfilesWindow::keyIsNowhereOnDiskOrInOutput()
{
    addAndOpen("Audit", AccountKey);
    QTRY_VERIFY(!m_window->editor()->name().isEmpty());
    QSignalSpy saved(m_window.get(), &MainWindow::saveFinished);
    m_window->findChild<QLineEdit *>("name")->setText("Audited segment");
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QProcess cli;
    cli.start(QStringLiteral(SEGMENTDESK_CLI_PATH), {"--profile", "Audit", "list"});
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(output.contains("Audited segment")); // the CLI used the same profile and key
    QVERIFY(!SecretScan::contains(output, AccountKey));
    QVERIFY(!captured.join(u'\n').contains(AccountKey));
    QStringList roots {QDir::homePath(), QDir::tempPath()};
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                            "XDG_RUNTIME_DIR"})
        roots << qEnvironmentVariable(xdg);
    QCOMPARE(SecretScan::filesContaining(roots, AccountKey), QStringList());
    QVERIFY(SecretScan::fileCount(roots) > 3); // settings, drafts, the keyring file at least
}

// A key SendGrid answers 401 for is kept only when the person says so (#19 §5).
void tst_ProfilesWindow::rejectedKeyIsNotSavedWithoutAQuestion()
{
    m_window->showProfiles(true);
    auto *dialog = waitForChild<ProfileDialog>(m_window.get(), "profileDialog");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>("profileName"), "Typo");
    auto *region = dialog->findChild<QComboBox *>("profileRegion");
    region->setCurrentIndex(region->findData(int(Profile::Region::Custom)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>("profileUrl"), m_account.baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>("profileKey"), "SG.mistyped-key");
    const auto profileCount = [this] { return m_accounts->profiles.profiles().value().size(); };
    const qsizetype before = profileCount();
    // The profile dialog is modal itself: the question is found as its child.
    const auto answer = [dialog](const QString &button) {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmRejectedKey"))), 10000);
        QVERIFY(WindowTest::clickButton(box, button));
    };
    dialog->findChild<QPushButton *>("saveProfile")->click();
    answer(QStringLiteral("Cancel"));
    QCOMPARE(profileCount(), before); // nothing saved, no key in the keychain
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("confirmRejectedKey")));
    dialog->findChild<QPushButton *>("saveProfile")->click();
    answer(QStringLiteral("Save"));
    QTRY_COMPARE(profileCount(), before + 1); // kept, because the person said so
    dialog->close();
}

QTEST_MAIN(tst_ProfilesWindow)
#include "tst_profileswindow.moc"
