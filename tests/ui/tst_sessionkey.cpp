// SPDX-License-Identifier: MIT
// No keychain at all (no session bus): the window says so and asks for the key for this session
// only; with it the account opens, and nothing about the key is stored.
#include "profiles/profilestore.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QFile>
#include <QInputDialog>
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

QTEST_MAIN(tst_SessionKey)
#include "tst_sessionkey.moc"
