// SPDX-License-Identifier: MIT
// The foundation's CLI against the segmentdesk-sandbox executable, and the sandbox's
// semantics: each starter segment's count equals an independent SQLite query of its store.
#include "support/fixtures.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cliFullFlow();
    void cliReportsSandboxErrors();
    void starterCountsMatchIndependentQueries();
    void sameSeedSameData();
    void deadlineIsAnOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    QJsonObject getJson(const QString &path);

    QProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxHttp> m_http;
};

void tst_SandboxFlows::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_server.start(SEGMENTDESK_SANDBOX_PATH,
                   {"--port", "0", "--print-port", "--contacts", "3000", "--seed", "11",
                    "--time-scale", "1000", "--data", m_dataDir.path(), "--api-key",
                    Fixtures::fakeApiKey()});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] { return m_server.canReadLine(); }, 60000));
    const int port = m_server.readLine().trimmed().toInt();
    QVERIFY(port > 0);
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_http = std::make_unique<SandboxHttp>(QUrl(m_baseUrl), Fixtures::fakeApiKey());
}

void tst_SandboxFlows::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished();
}

tst_SandboxFlows::Run tst_SandboxFlows::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SENDGRID_API_KEY", Fixtures::fakeApiKey());
    process.setProcessEnvironment(env);
    process.start(SEGMENTDESK_CLI_PATH, QStringList {"--base-url", m_baseUrl} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject tst_SandboxFlows::getJson(const QString &path)
{
    return m_http->send("GET", path, {}).json();
}

void tst_SandboxFlows::cliFullFlow()
{
    const Run list = cli({"list", "--json"});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value("results").toArray().size(), 13);
    const Run created
        = cli({"create", "--name", "CLI segment", "--query-file", "-", "--json"},
              "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Spain'");
    QCOMPARE(created.exitCode, 0);
    const QString id = QJsonDocument::fromJson(created.out).object().value("id").toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(cli({"update", id, "--name", "CLI segment (renamed)"}).exitCode, 0);
    const QString path = "/v3/marketing/segments/2.0/" + id;
    QCOMPARE(getJson(path).value("name").toString(), QStringLiteral("CLI segment (renamed)"));
    QCOMPARE(cli({"update", id, "--query-file", "-"},
                 "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Japan'")
                 .exitCode,
             0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return getJson(path).value("status").toObject().value("query_validation").toString()
                == u"VALID";
        },
        5000));
    const Run shown = cli({"show", id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Japan"), shown.out.constData());
    QCOMPARE(cli({"refresh", id, "--time-zone", "Europe/Madrid"}).exitCode, 0);
    QCOMPARE(getJson(path).value("refreshes_used").toInt(), 1);
    QCOMPARE(cli({"fields"}).exitCode, 0);
    const Run lists = cli({"lists"});
    QCOMPARE(lists.exitCode, 0);
    QVERIFY(lists.out.contains("Newsletter"));
    QCOMPARE(cli({"delete", id, "--yes"}).exitCode, 0);
    QVERIFY(getJson(path).contains("errors"));
}

void tst_SandboxFlows::cliReportsSandboxErrors()
{
    const Run duplicate
        = cli({"create", "--name", "Germany", "--query-file", "-"},
              "SELECT contact_id, updated_at FROM contact_data WHERE country = 'X'");
    QCOMPARE(duplicate.exitCode, 3);
    QVERIFY2(duplicate.err.contains("name"), duplicate.err.constData());
    const QString id = getJson("/v3/marketing/segments/2.0")
                           .value("results")
                           .toArray()
                           .first()
                           .toObject()
                           .value("id")
                           .toString();
    QCOMPARE(cli({"refresh", id, "--time-zone", "Europe/Madrid"}).exitCode, 0);
    const Run quota = cli({"refresh", id, "--time-zone", "Europe/Madrid"});
    QCOMPARE(quota.exitCode, 3); // one manual refresh per segment per hour
    QVERIFY(!quota.err.isEmpty());
}

void tst_SandboxFlows::starterCountsMatchIndependentQueries()
{
    const QString list
        = "(SELECT contact_id FROM list_members WHERE list_id = (SELECT id FROM lists "
          "WHERE name = '%1'))";
    const QString since = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-%1 days')";
    const QHash<QString, QString> independent = {
        {"Gmail readers",
         "SELECT COUNT(*) FROM contact_data WHERE substr(email, -10) = '@gmail.com'"},
        {"Germany", "SELECT COUNT(*) FROM contact_data WHERE country = 'Germany'"},
        {"VIP list", "SELECT COUNT(*) FROM contact_data WHERE contact_id IN " + list.arg("VIP")},
        {"High lifetime value", "SELECT COUNT(*) FROM contact_data WHERE lifetime_value > 800"},
        {"Pro and enterprise plans",
         "SELECT COUNT(*) FROM contact_data WHERE plan_tier = 'pro' OR plan_tier = 'enterprise'"},
        {"Opened in the last 30 days",
         "SELECT COUNT(DISTINCT contact_id) FROM event_data WHERE event_source = 'mail' AND "
         "event_type = 'open' AND event_timestamp >= "
             + since.arg(30)},
        {"Clicked, still subscribed",
         "SELECT COUNT(DISTINCT contact_id) FROM event_data WHERE event_type = 'click' AND "
         "contact_id NOT IN (SELECT contact_id FROM event_data WHERE event_type = 'unsubscribe')"},
        {"New this quarter",
         "SELECT COUNT(*) FROM contact_data WHERE created_at > " + since.arg(90)},
        {"Birthday unknown", "SELECT COUNT(*) FROM contact_data WHERE birthday IS NULL"},
        {"US newsletter readers",
         "SELECT COUNT(*) FROM contact_data WHERE country = 'United States' "
         "AND contact_id IN "
             + list.arg("Newsletter")},
        {"First name starts with A",
         "SELECT COUNT(*) FROM contact_data WHERE substr(first_name, 1, 1) = 'A'"},
        {"Bounced",
         "SELECT COUNT(DISTINCT contact_id) FROM event_data WHERE event_type = 'bounce'"},
        {"Trial users in Europe",
         "SELECT COUNT(*) FROM contact_data WHERE contact_id IN " + list.arg("Trial users")
             + " AND country IN ('Germany', 'France', 'Spain', 'Italy', 'Netherlands', "
               "'United Kingdom')"}};
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "independent");
    db.setDatabaseName(m_dataDir.filePath("sandbox.sqlite"));
    QVERIFY(db.open());
    int checked = 0;
    for (const QJsonValue &v : getJson("/v3/marketing/segments/2.0").value("results").toArray()) {
        const QString name = v["name"].toString();
        if (!independent.contains(name))
            continue;
        QSqlQuery q(db);
        QVERIFY2(q.exec(independent.value(name)) && q.next(), qPrintable(name));
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(name + " is empty: a weak check"));
        QCOMPARE(v["contacts_count"].toInt(), q.value(0).toInt());
        ++checked;
    }
    QCOMPARE(checked, independent.size());
}

void tst_SandboxFlows::sameSeedSameData()
{
    const auto counts = [](quint32 seed) {
        SandboxOptions options = SandboxFixture::defaults();
        options.contacts = 300;
        options.seed = seed;
        SandboxFixture sandbox(options);
        QList<int> out;
        if (!sandbox.start())
            return out;
        const QString path = "/v3/marketing/segments/2.0";
        for (const QJsonValue &v : sandbox.send("GET", path, path).json()["results"].toArray())
            out.append(v["contacts_count"].toInt());
        return out;
    };
    // Two sandboxes with the same seed must agree exactly; another seed must not.
    const QList<int> first = counts(5);
    QCOMPARE(first.size(), 13);
    QCOMPARE(counts(5), first);
    QVERIFY(counts(6) != first);
}

// segmentdesk-sandbox --deadline bounds every evaluation (#18 §1): a search past it answers
// 408; a deadline that is no time or longer than a day is refused.
void tst_SandboxFlows::deadlineIsAnOption()
{
    for (const char *wrong : {"0", "-1", "86401", "soon"}) {
        QProcess refused;
        refused.start(SEGMENTDESK_SANDBOX_PATH, {"--contacts", "0", "--deadline", wrong});
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--deadline (0 to 86400 s)"));
    }
    QTemporaryDir data;
    QProcess server;
    server.start(SEGMENTDESK_SANDBOX_PATH,
                 {"--port", "0", "--print-port", "--contacts", "300", "--deadline", "0.2", "--data",
                  data.path(), "--api-key", Fixtures::fakeApiKey()});
    QVERIFY(QTest::qWaitFor([&server] { return server.canReadLine(); }, 60000));
    const int port = server.readLine().trimmed().toInt();
    SandboxHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), Fixtures::fakeApiKey());
    const QString search = QStringLiteral("/v3/marketing/contacts/search");
    const Exchange timedOut = http.send(
        "POST", search, search,
        QJsonObject {{"query",
                      "contact_id IN (SELECT c.contact_id FROM contact_data c JOIN "
                      "contact_data d ON c.contact_id = c.contact_id JOIN contact_data e "
                      "ON c.contact_id = c.contact_id JOIN contact_data f ON "
                      "c.contact_id = c.contact_id)"}});
    server.terminate();
    server.waitForFinished();
    QCOMPARE(timedOut.status, 408);
}

QTEST_GUILESS_MAIN(tst_SandboxFlows)
#include "tst_sandboxflows.moc"
