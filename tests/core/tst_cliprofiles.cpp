// SPDX-License-Identifier: MIT
// segmentdesk-cli profiles and --profile as a user runs them: a real process, a real keychain
// (gnome-keyring on the private bus of tests/support/with-keyring.sh), the in-process sandbox.
#include "profiles/keychainsecretstore.h"
#include "profiles/settings.h"
#include "support/clirunner.h"
#include "support/keyringguard.h"
#include "support/loopbackserver.h"
#include "support/sandboxfixture.h"
#include "support/secretscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

namespace {

using Run = CliRunner::Run;

/// Made up; the sandbox accepts it.
const QString MadeUpKey
    = QStringLiteral("SG.audit-made-up-Zq7vW3kP9xR2.tM8nB4cL6yH1jF5dS0gA3eU7iO2");
const QString Account = QStringLiteral("Acme sandbox");

} // namespace

class tst_CliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addListTestUseRemove();
    void addReadsOnlyOneLineOfStdin();
    void addFromTerminalDoesNotEcho();
    void rejectedKeyExitsThree();
    void readOnlyProfileRefusesChanges_data();
    void readOnlyProfileRefusesChanges();
    void readOnlyProfileCannotRecreate();
    void brokenSettingsKeepTheReadableProfiles();
    void permissionsFromScopes_data();
    void permissionsFromScopes();
    void keychainUnavailableKeepsNothing();
    void noStoredKeyExitsFive();
    void environmentKeyStillWorks();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {})
    {
        return m_cli.run(args, stdinData, extra);
    }
    Run add(const QString &name, const QUrl &baseUrl, const QString &key);
    Run addReadOnly();
    int segmentCount();
    SecretResult readKeychain(const QUuid &id);
    QUuid idOf(const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
};

void tst_CliProfiles::initTestCase()
{
    if (KeyringGuard::mode() != QStringLiteral("unlocked"))
        QFAIL(qPrintable(KeyringGuard::refusal()));
    SandboxOptions options = SandboxFixture::defaults();
    options.apiKeys = {MadeUpKey};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
}

void tst_CliProfiles::init()
{
    // Each test starts with no profiles; keychain entries are per profile id, so old ones
    // cannot be picked up.
    QFile::remove(Settings::defaultFilePath());
}

Run tst_CliProfiles::add(const QString &name, const QUrl &baseUrl, const QString &key)
{
    return run({QStringLiteral("profiles"), QStringLiteral("add"), name,
                QStringLiteral("--base-url"), baseUrl.toString()},
               key.toUtf8() + '\n');
}

SecretResult tst_CliProfiles::readKeychain(const QUuid &id)
{
    KeychainSecretStore store;
    std::optional<SecretResult> result;
    store.read(id, this, [&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timed out"));
    return *result;
}

QUuid tst_CliProfiles::idOf(const QString &name)
{
    Settings settings(Settings::defaultFilePath());
    for (const QUuid &id : settings.profileIds()) {
        const Result<Profile> p = settings.readProfile(id);
        if (p.isOk() && p.value().name == name)
            return id;
    }
    return {};
}

void tst_CliProfiles::addListTestUseRemove()
{
    const Run added = add(Account, m_sandbox->baseUrl(), MadeUpKey);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(QStringLiteral("Added profile \"Acme sandbox\"")));
    const QUuid id = idOf(Account);
    QVERIFY(!id.isNull());
    const SecretResult stored = readKeychain(id);
    QCOMPARE(stored.status(), SecretResult::Status::Ok);
    QCOMPARE(stored.secret(), MadeUpKey);

    const Run listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("Sample data")), qPrintable(listed.out));
    QVERIFY(listed.out.contains(Account));
    QVERIFY(listed.out.contains(m_sandbox->baseUrl().toString()));

    const Run tested = run({QStringLiteral("profiles"), QStringLiteral("test"), Account});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    QVERIFY2(tested.out.contains(QStringLiteral("key accepted")), qPrintable(tested.out));
    QVERIFY(tested.out.contains(QStringLiteral("update segments  yes")));
    QVERIFY(!tested.out.contains(QStringLiteral("read-only")));

    const Run used = run({QStringLiteral("--profile"), Account, QStringLiteral("list")});
    QVERIFY2(used.exitCode == 0, qPrintable(used.err));
    QVERIFY2(used.out.startsWith(QStringLiteral("ID")), qPrintable(used.out));
    QVERIFY(Settings(Settings::defaultFilePath()).readProfile(id).value().lastUsed.isValid());

    const Run removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), Account});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(readKeychain(id).status(), SecretResult::Status::NotFound);
    QVERIFY(!run({QStringLiteral("profiles"), QStringLiteral("list")}).out.contains(Account));
    QCOMPARE(run({QStringLiteral("--profile"), Account, QStringLiteral("list")}).exitCode, 2);
}

void tst_CliProfiles::addReadsOnlyOneLineOfStdin()
{
    // A script may pipe more than the key; only the first line is the key.
    const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), Account,
                           QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                           QStringLiteral("--read-only"), QStringLiteral("--tag"),
                           QStringLiteral("production")},
                          MadeUpKey.toUtf8() + "\nsecond line\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(readKeychain(idOf(Account)).secret(), MadeUpKey);
    const Run listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QStringLiteral("production  read-only")), qPrintable(listed.out));
}

// On a terminal the key is typed at a prompt with echo off: it never shows on the screen.
void tst_CliProfiles::addFromTerminalDoesNotEcho()
{
    const Run r
        = m_cli.runOnTerminal({QStringLiteral("profiles"), QStringLiteral("add"), Account,
                               QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()},
                              "API key for Acme sandbox: ", MadeUpKey.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Added profile")), qPrintable(r.out));
    QVERIFY2(!SecretScan::contains(r.out.toUtf8(), MadeUpKey), qPrintable(r.out));
    QCOMPARE(readKeychain(idOf(Account)).secret(), MadeUpKey);
}

void tst_CliProfiles::rejectedKeyExitsThree()
{
    QVERIFY(add(Account, m_sandbox->baseUrl(), QStringLiteral("SG.made-up-revoked-key")).exitCode
            == 0);
    const Run tested = run({QStringLiteral("profiles"), QStringLiteral("test"), Account});
    QCOMPARE(tested.exitCode, 3);
    QVERIFY2(tested.err.contains(QStringLiteral("HTTP 401")), qPrintable(tested.err));
    QVERIFY(tested.out.isEmpty());
}

void tst_CliProfiles::readOnlyProfileRefusesChanges_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("list") << QStringList {QStringLiteral("list")} << 0;
    QTest::newRow("fields") << QStringList {QStringLiteral("fields")} << 0;
    QTest::newRow("delete") << QStringList {QStringLiteral("delete"), QStringLiteral("x"),
                                            QStringLiteral("--yes")}
                            << 2;
    QTest::newRow("update") << QStringList {QStringLiteral("update"), QStringLiteral("x"),
                                            QStringLiteral("--name"), QStringLiteral("y")}
                            << 2;
    QTest::newRow("refresh") << QStringList {QStringLiteral("refresh"), QStringLiteral("x")} << 2;
    QTest::newRow("create") << QStringList {QStringLiteral("create"), QStringLiteral("--name"),
                                            QStringLiteral("y"), QStringLiteral("--query-file"),
                                            QStringLiteral("-")}
                            << 2;
    QTest::newRow("duplicate") << QStringList {QStringLiteral("duplicate"), QStringLiteral("x")}
                               << 2;
    QTest::newRow("recreate") << QStringList {QStringLiteral("recreate"), QStringLiteral("x")} << 2;
    QTest::newRow("preview") << QStringList {QStringLiteral("preview"),
                                             QStringLiteral("--query-file"), QStringLiteral("-")}
                             << 0; // a search reads, though it is a POST
}

void tst_CliProfiles::readOnlyProfileRefusesChanges()
{
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    QCOMPARE(addReadOnly().exitCode, 0);
    const Run r = run(QStringList {QStringLiteral("--profile"), Account} + command,
                      "SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE'");
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    QCOMPARE(r.err.contains(QStringLiteral("is read-only")), exitCode == 2);
}

Run tst_CliProfiles::addReadOnly()
{
    return run({QStringLiteral("profiles"), QStringLiteral("add"), Account,
                QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                QStringLiteral("--read-only")},
               MadeUpKey.toUtf8() + '\n');
}

int tst_CliProfiles::segmentCount()
{
    const QString path = QStringLiteral("/v3/marketing/segments/2.0");
    return int(m_sandbox->send("GET", path, path).json()[u"results"].toArray().size());
}

// `recreate` was missing from the read-only refusal's own list, kept apart from the dispatcher:
// under a read-only profile it created the segment. The history it recreates from is the
// read-only profile's own: `show` filed the version.
void tst_CliProfiles::readOnlyProfileCannotRecreate()
{
    QCOMPARE(addReadOnly().exitCode, 0);
    const QString path = QStringLiteral("/v3/marketing/segments/2.0");
    const Exchange created = m_sandbox->send(
        "POST", path, path,
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Recreate me")},
                     {QStringLiteral("query_dsl"),
                      QStringLiteral("SELECT contact_id, updated_at FROM contact_data "
                                     "WHERE country = 'DE'")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json()[u"id"].toString();
    const Run shown = run({QStringLiteral("--profile"), Account, QStringLiteral("show"), id});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(
        m_sandbox->send("DELETE", path + u'/' + id, path + QStringLiteral("/{segment_id}")).status,
        202);
    const int before = segmentCount();
    const Run r = run({QStringLiteral("--profile"), Account, QStringLiteral("recreate"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("is read-only")), qPrintable(r.err));
    QCOMPARE(segmentCount(), before);
}

// A profile this version cannot read hid all of them (every --profile failed); a line QSettings
// cannot read was followed by `profiles add` rewriting the file from what it had made of it.
void tst_CliProfiles::brokenSettingsKeepTheReadableProfiles()
{
    QCOMPARE(add(Account, m_sandbox->baseUrl(), MadeUpKey).exitCode, 0);
    const QString mars = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSettings raw(Settings::defaultFilePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/%1/name").arg(mars), QStringLiteral("Mars"));
        raw.setValue(QStringLiteral("profiles/%1/region").arg(mars), QStringLiteral("mars"));
    }
    const Run used = run({QStringLiteral("--profile"), Account, QStringLiteral("list")});
    QVERIFY2(used.exitCode == 0, qPrintable(used.err));
    QVERIFY2(used.err.contains(QStringLiteral("warning: Profile \"Mars\"")), qPrintable(used.err));
    QVERIFY2(used.err.contains(QStringLiteral("Unknown region")), qPrintable(used.err));

    QFile file(Settings::defaultFilePath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("[profiles\n");
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run added = add(QStringLiteral("Other"), m_sandbox->baseUrl(), MadeUpKey);
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains(Settings::defaultFilePath() + QStringLiteral(" cannot be read")),
             qPrintable(added.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    const Run listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(Account), qPrintable(listed.out));
}

void tst_CliProfiles::permissionsFromScopes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("read only key") << QStringList {QStringLiteral("marketing.read")}
                                   << QStringList {QStringLiteral("read segments    yes"),
                                                   QStringLiteral("update segments  no"),
                                                   QStringLiteral("the profile opens read-only")};
    QTest::newRow("no marketing") << QStringList {QStringLiteral("mail.send")}
                                  << QStringList {QStringLiteral("read segments    no"),
                                                  QStringLiteral("delete segments  no")};
    QTest::newRow("update but not delete")
        << QStringList {QStringLiteral("marketing_campaigns.read"),
                        QStringLiteral("marketing_campaigns.update")}
        << QStringList {QStringLiteral("update segments  yes"),
                        QStringLiteral("delete segments  no")};
}

// The sandbox grants every key all scopes, so a loopback server plays keys with fewer.
void tst_CliProfiles::permissionsFromScopes()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, lines);
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler([&scopes](const LoopbackServer::Request &request) {
        if (request.url.path() != QStringLiteral("/v3/scopes"))
            return LoopbackServer::Reply::json(404, {});
        const QJsonObject body {{QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        return LoopbackServer::Reply::json(200, QJsonDocument(body).toJson());
    });
    QCOMPARE(add(Account, server.baseUrl(), MadeUpKey).exitCode, 0);
    const Run tested = run({QStringLiteral("profiles"), QStringLiteral("test"), Account});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(tested.out.contains(line), qPrintable(tested.out));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().headers.value("authorization"),
             "Bearer " + MadeUpKey.toUtf8());
}

void tst_CliProfiles::keychainUnavailableKeepsNothing()
{
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/segmentdesk-no-bus"));
    const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), Account},
                          MadeUpKey.toUtf8() + '\n', noBus);
    QCOMPARE(added.exitCode, 5);
    QVERIFY2(added.err.contains(QStringLiteral("keychain is locked or unavailable")),
             qPrintable(added.err));
    QVERIFY(idOf(Account).isNull()); // a profile without its key is taken back out
}

void tst_CliProfiles::noStoredKeyExitsFive()
{
    QCOMPARE(add(Account, m_sandbox->baseUrl(), MadeUpKey).exitCode, 0);
    KeychainSecretStore store;
    bool removed = false;
    store.remove(idOf(Account), this, [&removed](const SecretResult &r) { removed = r.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    const Run used = run({QStringLiteral("--profile"), Account, QStringLiteral("list")});
    QCOMPARE(used.exitCode, 5);
    QVERIFY2(used.err.contains(QStringLiteral("no key is stored")), qPrintable(used.err));
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("test"), Account}).exitCode, 5);
}

void tst_CliProfiles::environmentKeyStillWorks()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SENDGRID_API_KEY"), MadeUpKey);
    const Run r = run(
        {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("list")}, {},
        env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("ID")));
}

void tst_CliProfiles::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString acme = QStringLiteral("Acme");
    const QString profiles = QStringLiteral("profiles");
    QTest::newRow("key as argument")
        << QStringList {profiles, QStringLiteral("add"), acme, MadeUpKey}
        << QStringLiteral("use profiles list");
    QTest::newRow("unknown region")
        << QStringList {profiles, QStringLiteral("add"), acme, QStringLiteral("--region"),
                        QStringLiteral("mars")}
        << QStringLiteral("global or eu");
    QTest::newRow("region and url") << QStringList {profiles,
                                                    QStringLiteral("add"),
                                                    acme,
                                                    QStringLiteral("--region"),
                                                    QStringLiteral("eu"),
                                                    QStringLiteral("--base-url"),
                                                    QStringLiteral("https://example.com")}
                                    << QStringLiteral("not both");
    QTest::newRow("plain http remote")
        << QStringList {profiles, QStringLiteral("add"), acme, QStringLiteral("--base-url"),
                        QStringLiteral("http://example.com")}
        << QStringLiteral("loopback");
    QTest::newRow("unknown tag") << QStringList {profiles, QStringLiteral("add"), acme,
                                                 QStringLiteral("--tag"), QStringLiteral("red")}
                                 << QStringLiteral("Unknown tag");
    QTest::newRow("sandbox's name")
        << QStringList {profiles, QStringLiteral("add"), QStringLiteral("sample DATA")}
        << QStringLiteral("already exists");
    QTest::newRow("remove sandbox")
        << QStringList {profiles, QStringLiteral("remove"), QStringLiteral("Sample data")}
        << QStringLiteral("cannot be removed");
    QTest::newRow("test sandbox") << QStringList {profiles, QStringLiteral("test"),
                                                  QStringLiteral("Sample data")}
                                  << QStringLiteral("segmentdesk-sandbox");
    QTest::newRow("unknown profile")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("Nobody"),
                        QStringLiteral("list")}
        << QStringLiteral("No profile named");
    QTest::newRow("profile and base url")
        << QStringList {QStringLiteral("--profile"), acme, QStringLiteral("--base-url"),
                        QStringLiteral("https://example.com"), QStringLiteral("list")}
        << QStringLiteral("leave out");
    QTest::newRow("unknown subcommand") << QStringList {profiles, QStringLiteral("rename"), acme}
                                        << QStringLiteral("unknown profiles command");
}

void tst_CliProfiles::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args, MadeUpKey.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(Settings::defaultFilePath())); // nothing stored
}

QTEST_GUILESS_MAIN(tst_CliProfiles)
#include "tst_cliprofiles.moc"
