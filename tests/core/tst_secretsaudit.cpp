// SPDX-License-Identifier: MIT
// The secrets audit of issue #11: a profile is added, tested and used (a segment created, the
// list and fields read) through segmentdesk-cli with a distinctive made-up key; then no file
// under HOME and the XDG folders, and no output of any run, holds the key in any encoding.
// Runs through tests/support/with-keyring.sh, whose gnome-keyring stores its items encrypted.
#include "profiles/settings.h"
#include "support/clirunner.h"
#include "support/keyringguard.h"
#include "support/sandboxfixture.h"
#include "support/secretscan.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString AuditKey
    = QStringLiteral("SG.audit-made-up-Zq7vW3kP9xR2.tM8nB4cL6yH1jF5dS0gA3eU7iO2");
const QString Account = QStringLiteral("Audit account");
} // namespace

class tst_SecretsAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanFindsAPlantedKey_data();
    void scanFindsAPlantedKey();
    void keyIsNowhereAfterUse();

private:
    QStringList roots() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
};

void tst_SecretsAudit::initTestCase()
{
    if (KeyringGuard::mode() != QStringLiteral("unlocked"))
        QFAIL(qPrintable(KeyringGuard::refusal()));
    SandboxOptions options = SandboxFixture::defaults();
    options.apiKeys = {AuditKey};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
}

QStringList tst_SecretsAudit::roots() const
{
    QStringList all {QDir::homePath()};
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation,
          QStandardPaths::TempLocation})
        all << QStandardPaths::writableLocation(location);
    const QString state = qEnvironmentVariable("XDG_STATE_HOME"); // no Qt 6.4 location for it
    if (!state.isEmpty())
        all << state;
    return all;
}

// The audit below proves something only if the scan finds the key in each encoding it looks for.
void tst_SecretsAudit::scanFindsAPlantedKey_data()
{
    QTest::addColumn<QByteArray>("needle");
    const QList<QByteArray> needles = SecretScan::needles(AuditKey);
    QTest::newRow("utf-8") << needles.at(0);
    QTest::newRow("utf-16") << needles.at(1);
    QTest::newRow("base64") << needles.at(2);
}

void tst_SecretsAudit::scanFindsAPlantedKey()
{
    QFETCH(QByteArray, needle);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".hidden/deeper")));
    QFile file(dir.filePath(QStringLiteral(".hidden/deeper/leak")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("prefix " + needle + " suffix");
    file.close();
    QCOMPARE(SecretScan::filesContaining({dir.path()}, AuditKey), QStringList {file.fileName()});
}

void tst_SecretsAudit::keyIsNowhereAfterUse()
{
    const QString profiles = QStringLiteral("profiles");
    const QString profile = QStringLiteral("--profile");
    QCOMPARE(m_cli
                 .run({profiles, QStringLiteral("add"), Account, QStringLiteral("--base-url"),
                       m_sandbox->baseUrl().toString()},
                      AuditKey.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(m_cli.run({profiles, QStringLiteral("test"), Account}).exitCode, 0);
    QCOMPARE(m_cli
                 .run({profile, Account, QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("Audit segment"), QStringLiteral("--query-file"),
                       QStringLiteral("-")},
                      "SELECT contact_id, updated_at FROM contact_data WHERE country = 'France'")
                 .exitCode,
             0);
    QCOMPARE(m_cli.run({profile, Account, QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(
        m_cli.run({profile, Account, QStringLiteral("--json"), QStringLiteral("fields")}).exitCode,
        0);
    QCOMPARE(m_cli.run({profiles, QStringLiteral("list")}).exitCode, 0);
    // A failure too: a usage error under the profile.
    QCOMPARE(m_cli.run({profile, Account, QStringLiteral("show")}).exitCode, 2);

    QVERIFY(QFile::exists(Settings::defaultFilePath()));
    QVERIFY(SecretScan::fileCount(roots()) > 0);
    QCOMPARE(SecretScan::filesContaining(roots(), AuditKey), QStringList());
    QCOMPARE(m_cli.runs().size(), 7);
    for (const CliRunner::Run &r : m_cli.runs()) {
        QVERIFY2(!SecretScan::contains(r.out.toUtf8(), AuditKey), qPrintable(r.out));
        QVERIFY2(!SecretScan::contains(r.err.toUtf8(), AuditKey), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(tst_SecretsAudit)
#include "tst_secretsaudit.moc"
