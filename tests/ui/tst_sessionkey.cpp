// SPDX-License-Identifier: MIT
// No keychain at all (no session bus): the window says so and asks for the key for this session
// only; with it the account opens, and nothing about the key is stored.
#include "local/draftstore.h"
#include "profiles/profilestore.h"
#include "support/sandboxfixture.h"
#include "support/testaccounts.h"
#include "support/windowharness.h"

#include <QFile>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString AccountKey = QStringLiteral("SG.session-only-3d1f.made-up-key");
} // namespace

class tst_SessionKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyIsAskedForThisSessionOnly();
    void retryAfterAMistypedKeyAsksAgainForTheSameProfile();

private:
    SandboxFixture m_account {[] {
        SandboxOptions options = SandboxFixture::defaults();
        options.apiKeys = {AccountKey};
        return options;
    }()};
    SandboxFixture m_sample;
};

void tst_SessionKey::initTestCase()
{
    // Before any keychain job: the Secret Service is reached over this (absent) bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/segmentdesk-no-bus");
    QVERIFY(m_account.start());
    QVERIFY(m_sample.start());
}

void tst_SessionKey::keyIsAskedForThisSessionOnly()
{
    WindowHarness harness(m_sample);
    QVERIFY(harness.open());
    Profile account;
    account.name = QStringLiteral("Acme");
    account.region = Profile::Region::Custom;
    account.customUrl = m_account.baseUrl();
    const Result<Profile> added = harness.profiles().add(account);
    QVERIFY(added.isOk());
    QString asked;
    WindowTest::whenModalShows([&asked](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        asked = input->labelText();
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        input->setTextValue(AccountKey);
        input->accept();
    });
    QSignalSpy opened(harness.window(), &MainWindow::profileOpened);
    harness.window()->openProfile(added.value().id);
    QVERIFY(opened.wait(10000));
    QVERIFY2(asked.contains("keychain") && asked.contains("this session only"), qPrintable(asked));
    QCOMPARE(harness.window()->activeProfile().name, QStringLiteral("Acme"));
    QFile settings(harness.settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(AccountKey.toUtf8()));
}

// At start, the profile used last opens first; its mistyped key (401) left the list with an
// error and Retry, which sent the list request to the client's default server (api.sendgrid.com)
// while the title said "Sample data", and never asked for the key again.
void tst_SessionKey::retryAfterAMistypedKeyAsksAgainForTheSameProfile()
{
    QTemporaryDir dir;
    DraftStore drafts;
    QVERIFY(drafts.open(dir.filePath(QStringLiteral("drafts.sqlite"))).isOk());
    SendGridClient client; // as at start: the default server, no key
    const QUrl defaultServer = client.baseUrl();
    TestAccounts accounts(dir.path(), &client, m_sample);
    Profile account;
    account.name = QStringLiteral("Acme");
    account.region = Profile::Region::Custom;
    account.customUrl = m_account.baseUrl();
    const Result<Profile> added = accounts.profiles.add(account);
    QVERIFY(added.isOk());
    MainWindow window(&client, &drafts,
                      {&accounts.settings, &accounts.profiles, &accounts.secrets,
                       &accounts.connector, dir.path()});
    window.show();
    int asked = 0;
    const auto answer = [&asked](const QString &key) {
        WindowTest::whenModalShows([&asked, key](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            ++asked;
            input->setTextValue(key);
            input->accept();
        });
    };
    QSignalSpy failed(&window, &MainWindow::profileFailed);
    answer(QStringLiteral("SG.mistyped"));
    window.openProfile(added.value().id);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000); // no keychain, then the 401
    QCOMPARE(asked, 1);
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Acme (not connected)")),
             qPrintable(window.windowTitle()));
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("retry"));
    QVERIFY(retry && retry->isVisible());
    QSignalSpy opened(&window, &MainWindow::profileOpened);
    answer(AccountKey);
    retry->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(asked, 2); // the key was asked for again
    QCOMPARE(window.activeProfile().name, QStringLiteral("Acme"));
    QCOMPARE(client.baseUrl(), m_account.baseUrl());
    QVERIFY(client.baseUrl() != defaultServer);
}

QTEST_MAIN(tst_SessionKey)
#include "tst_sessionkey.moc"
