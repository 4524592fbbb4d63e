// SPDX-License-Identifier: MIT
// segmentdesk-cli as a user runs it: a real process talking HTTP to a loopback server.
#include "support/clirunner.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "support/tlsloopbackserver.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using Reply = LoopbackServer::Reply;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listPrintsTable();
    void listJson();
    void showPrintsDetailsAndSample();
    void updateSendsOnlyGivenFields();
    void updateReadsQueryFromStdin();
    void createAndDelete();
    void deleteNeedsConfirmation();
    void duplicateCreatesAUniqueCopy();
    void refresh();
    void fieldsAndLists();
    void apiErrorExitsThree();
    void networkErrorExitsFour();
    void showToleratesSpecMockTimes();
    void cutOffReplyIsANetworkFailure_data();
    void cutOffReplyIsANetworkFailure();
    void untrustedCertificateExitsFourAtOnce();
    void usageErrors_data();
    void usageErrors();
    void keyFromStdin();
    void keyNeverEchoed();
    void lintReportsDiagnostics();
    void lintFormats();
    void oversizedInputIsRefusedUnread();
    void pipedInputInTwoWritesIsReadWhole_data();
    void pipedInputInTwoWritesIsReadWhole();
    void largePipedQueryIsReadWhole();
    void serverTextIsShownEscaped();
    void serverTextOnATerminalIsEscaped();
    void jsonKeepsServerTextExact();
    void idsThatAreNoIdsAreRefused_data();
    void idsThatAreNoIdsAreRefused();
    void refreshTakesEveryZoneQtKnows_data();
    void refreshTakesEveryZoneQtKnows();
    void sandboxRefusesPortsOutOfRange_data();
    void sandboxRefusesPortsOutOfRange();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {}, bool withKey = true);
    void serveSegmentNamed(const QString &name);
    QJsonObject lastBody() const
    {
        return QJsonDocument::fromJson(m_server->requests().constLast().body).object();
    }

    std::unique_ptr<LoopbackServer> m_server;
    QList<Run> m_runs;
};

void tst_Cli::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->start());
    m_server->setHandler([](const LoopbackServer::Request &request) {
        const QString path = request.url.path();
        if (path.endsWith(QStringLiteral("/segments/2.0")) && request.method == "GET")
            return Reply::json(200, Fixtures::data(QStringLiteral("segments_list_200.json")));
        if (path.contains(QStringLiteral("/refresh/")))
            return Reply::json(202, R"({"job_id":"job-77"})");
        if (request.method == "DELETE")
            return Reply::json(202, {});
        if (path.contains(QStringLiteral("/segments/2.0")))
            return Reply::json(request.method == "POST" ? 201 : 200,
                               Fixtures::data(QStringLiteral("segment_200.json")));
        if (path.endsWith(QStringLiteral("field_definitions")))
            return Reply::json(200, Fixtures::data(QStringLiteral("fields_200.json")));
        if (path.endsWith(QStringLiteral("/lists"))) {
            const bool second = QUrlQuery(request.url).queryItemValue(QStringLiteral("page_token"))
                == QStringLiteral("tok2");
            return Reply::json(200,
                               Fixtures::data(second ? QStringLiteral("lists_page2.json")
                                                     : QStringLiteral("lists_page1.json")));
        }
        return Reply::json(404, {});
    });
}

Run tst_Cli::run(const QStringList &args, const QByteArray &stdinData, bool withKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SENDGRID_API_KEY"));
    if (withKey)
        env.insert(QStringLiteral("SENDGRID_API_KEY"), Fixtures::fakeApiKey());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEGMENTDESK_CLI_PATH),
                  QStringList {QStringLiteral("--base-url"), m_server->baseUrl().toString()}
                      + args);
    process.write(stdinData);
    process.closeWriteChannel();
    // The server lives in this event loop, so wait without blocking it.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000))
        process.kill();
    Run r {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
           QString::fromUtf8(process.readAllStandardError())};
    m_runs.append(r);
    return r;
}

void tst_Cli::listPrintsTable()
{
    const Run r = run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("ID")));
    QVERIFY(r.out.contains(QStringLiteral("Gmail users in Colorado")));
    QVERIFY(r.out.contains(QStringLiteral("INVALID")));
    QCOMPARE(r.out.count(u'\n'), 3);
}

void tst_Cli::listJson()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("results")).toArray().size(), 2);
}

void tst_Cli::showPrintsDetailsAndSample()
{
    const Run r
        = run({QStringLiteral("show"), QStringLiteral("8a7d3e2b-6c51-4f3e-9b0a-2d4c6e8f1a3b")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("contacts_sample (2)")));
    QVERIFY(r.out.contains(QStringLiteral("ana.lopez@gmail.com")));
    QVERIFY(r.out.contains(QStringLiteral("1 of 2 today")));
    QCOMPARE(m_server->requests().constLast().url.path(),
             QStringLiteral("/v3/marketing/segments/2.0/8a7d3e2b-6c51-4f3e-9b0a-2d4c6e8f1a3b"));
}

void tst_Cli::updateSendsOnlyGivenFields()
{
    const Run r = run({QStringLiteral("update"), QStringLiteral("abc"), QStringLiteral("--name"),
                       QStringLiteral("Renamed")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().constLast().method, QByteArray("PATCH"));
    QCOMPARE(lastBody(), (QJsonObject {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
}

void tst_Cli::updateReadsQueryFromStdin()
{
    const QByteArray query
        = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'France'\n";
    const Run r = run({QStringLiteral("update"), QStringLiteral("abc"),
                       QStringLiteral("--query-file"), QStringLiteral("-")},
                      query);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastBody(),
             (QJsonObject {{QStringLiteral("query_dsl"), QString::fromUtf8(query.trimmed())}}));
}

void tst_Cli::createAndDelete()
{
    const Run created
        = run({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Fresh"),
               QStringLiteral("--query-file"), QStringLiteral("-"), QStringLiteral("--parent-list"),
               QStringLiteral("L1")},
              "SELECT contact_id, updated_at FROM contact_data");
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(lastBody().value(QStringLiteral("parent_list_ids")).toArray(),
             QJsonArray {QStringLiteral("L1")});
    const Run deleted
        = run({QStringLiteral("delete"), QStringLiteral("abc"), QStringLiteral("--yes")});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.out.contains(QStringLiteral("Deleted segment abc")));
    QCOMPARE(m_server->requests().constLast().method, QByteArray("DELETE"));
}

// GET the original, GET the names, POST the copy with the same query and a free name.
void tst_Cli::duplicateCreatesAUniqueCopy()
{
    const QJsonObject original
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json"))).object();
    const Run r = run({QStringLiteral("duplicate"), original[u"id"].toString()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().constLast().method, QByteArray("POST"));
    QCOMPARE(lastBody()[u"name"].toString(),
             QStringLiteral("Copy of ") + original[u"name"].toString());
    QCOMPARE(lastBody()[u"query_dsl"], original[u"query_dsl"]);
}

void tst_Cli::deleteNeedsConfirmation()
{
    const Run r = run({QStringLiteral("delete"), QStringLiteral("abc")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--yes")));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_Cli::refresh()
{
    const Run r = run({QStringLiteral("refresh"), QStringLiteral("abc"),
                       QStringLiteral("--time-zone"), QStringLiteral("America/Chicago")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("job-77")));
    QCOMPARE(lastBody().value(QStringLiteral("user_time_zone")).toString(),
             QStringLiteral("America/Chicago"));
    const Run bad = run({QStringLiteral("refresh"), QStringLiteral("abc"),
                         QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")});
    QCOMPARE(bad.exitCode, 2);
}

void tst_Cli::fieldsAndLists()
{
    const Run fields = run({QStringLiteral("fields")});
    QCOMPARE(fields.exitCode, 0);
    QVERIFY(fields.out.contains(QStringLiteral("lifetime_value  Number")));
    const Run lists = run({QStringLiteral("lists")});
    QCOMPARE(lists.exitCode, 0);
    QVERIFY(lists.out.contains(QStringLiteral("Newsletter")));
    QVERIFY(lists.out.contains(QStringLiteral("VIP customers"))); // second page followed
}

void tst_Cli::apiErrorExitsThree()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(400, Fixtures::data(QStringLiteral("error_400_name.json")));
    });
    const Run r = run({QStringLiteral("update"), QStringLiteral("abc"), QStringLiteral("--name"),
                       QStringLiteral("Taken")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("name: A segment with this name already exists")));
}

void tst_Cli::networkErrorExitsFour()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const Run r = run({QStringLiteral("update"), QStringLiteral("x"), QStringLiteral("--name"),
                       QStringLiteral("y"), QStringLiteral("--base-url"), url});
    QCOMPARE(r.exitCode, 4);
}

// A mock of SendGrid's spec answers "string" for every timestamp: the segment still shows.
void tst_Cli::showToleratesSpecMockTimes()
{
    QByteArray body = Fixtures::data(QStringLiteral("segment_200.json"));
    body.replace("\"2026-03-02T09:15:00Z\"", "\"string\"");
    m_server->setHandler([&](const LoopbackServer::Request &) { return Reply::json(200, body); });
    const Run r = run({QStringLiteral("show"), QStringLiteral("seg")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("created_at +unknown\n"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Gmail users in Colorado")));
    QVERIFY2(r.err.contains(QStringLiteral("created_at")), qPrintable(r.err)); // the log line
}

void tst_Cli::cutOffReplyIsANetworkFailure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("mayBeApplied");
    QTest::newRow("show (GET, retried)")
        << QStringList {QStringLiteral("show"), QStringLiteral("s")} << 3 << false;
    // The PATCH once, then the read-back that would say whether it landed (cut off too, and
    // retried as every GET): the outcome stays open, and says so.
    QTest::newRow("update (PATCH)") << QStringList {QStringLiteral("update"), QStringLiteral("s"),
                                                    QStringLiteral("--name"), QStringLiteral("N")}
                                    << 4 << true;
}

// Headers and half a body, then a reset: exit 4 (network), not 3 (SendGrid answered).
void tst_Cli::cutOffReplyIsANetworkFailure()
{
    QFETCH(QStringList, args);
    QFETCH(int, requests);
    QFETCH(bool, mayBeApplied);
    m_server->setHandler([](const LoopbackServer::Request &) {
        Reply r = Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
        r.behaviour = Reply::Behaviour::ResetMidBody;
        return r;
    });
    const Run r = run(args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(!r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
    QCOMPARE(m_server->requests().size(), requests);
    QCOMPARE(r.err.contains(QStringLiteral("may have been applied")), mayBeApplied);
}

void tst_Cli::untrustedCertificateExitsFourAtOnce()
{
    TlsLoopbackServer tls;
    QVERIFY(tls.start());
    const Run r
        = run({QStringLiteral("list"), QStringLiteral("--base-url"), tls.baseUrl().toString()});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("certificate of 127.0.0.1 is not trusted")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("attempt 2")), qPrintable(r.err));
    QCOMPARE(tls.connections(), 1);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::newRow("no command") << QStringList {} << true;
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << true;
    QTest::newRow("no key") << QStringList {QStringLiteral("list")} << false;
    QTest::newRow("show without id") << QStringList {QStringLiteral("show")} << true;
    QTest::newRow("update nothing")
        << QStringList {QStringLiteral("update"), QStringLiteral("x")} << true;
    QTest::newRow("create no name")
        << QStringList {QStringLiteral("create"), QStringLiteral("--query-file"),
                        QStringLiteral("-")}
        << true;
    QTest::newRow("missing file") << QStringList {QStringLiteral("update"), QStringLiteral("x"),
                                                  QStringLiteral("--query-file"),
                                                  QStringLiteral("/nonexistent/q.sql")}
                                  << true;
    QTest::newRow("plain http") << QStringList {QStringLiteral("list"),
                                                QStringLiteral("--base-url"),
                                                QStringLiteral("http://api.sendgrid.com")}
                                << true;
    QTest::newRow("key as argument")
        << QStringList {QStringLiteral("list"), QStringLiteral("--api-key"),
                        QStringLiteral("SG.secret")}
        << true;
    // 2,147,484 s is more milliseconds than an int holds: the timeout was negative.
    for (const char *seconds : {"2147484", "3601", "0", "-5"})
        QTest::addRow("--timeout %s", seconds)
            << QStringList {QStringLiteral("list"), QStringLiteral("--timeout"),
                            QString::fromLatin1(seconds)}
            << true;
    QTest::newRow("list with an argument")
        << QStringList {QStringLiteral("list"), QStringLiteral("x")} << true;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    const Run r = run(args, {}, withKey);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_Cli::keyFromStdin()
{
    const QByteArray key = "SG.from-stdin-made-up.abcdefghijklmnopqrstuvwxyz";
    const Run r
        = run({QStringLiteral("list"), QStringLiteral("--api-key-stdin")}, key + "\n", false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"), "Bearer " + key);
}

void tst_Cli::keyNeverEchoed()
{
    m_server->setHandler([](const LoopbackServer::Request &request) {
        return Reply::json(401,
                           "{\"errors\":[{\"field\":null,\"message\":\"bad key "
                               + request.headers.value("authorization") + "\"}]}");
    });
    const Run r = run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    for (const Run &each : std::as_const(m_runs)) {
        QVERIFY(!each.out.contains(Fixtures::fakeApiKey()));
        QVERIFY(!each.err.contains(Fixtures::fakeApiKey()));
        QVERIFY(!each.err.contains(QStringLiteral("SG.secret")));
    }
}

void tst_Cli::lintReportsDiagnostics()
{
    const QByteArray query
        = "SELECT contact_id, updated_at FROM contact_data\nWHERE loyalty_teir = 'gold'";
    const QString fields = QStringLiteral(SEGMENTDESK_TEST_DATA_DIR "/fields_200.json");
    const Run r
        = run({QStringLiteral("lint"), QStringLiteral("--fields"), fields, QStringLiteral("-")},
              query, false);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out,
             QStringLiteral("2:7: error: Unknown column \"loyalty_teir\" in contact_data — did you "
                            "mean \"loyalty_tier\"?\n"
                            "    fix-it: replace with \"loyalty_tier\"\n"));
    const Run warningsOnly
        = run({QStringLiteral("lint"), QStringLiteral("-")},
              "SELECT contact_id, updated_at FROM contact_data WHERE postal_code = 80302", false);
    QCOMPARE(warningsOnly.exitCode, 0);
    QVERIFY(warningsOnly.out.startsWith(QStringLiteral("1:55: warning:")));
    QVERIFY(m_server->requests().isEmpty()); // offline
}

void tst_Cli::lintFormats()
{
    const Run r = run({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("-")},
                      "select contact_id,updated_at from contact_data where a=1 and b=2", false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral(
                 "SELECT contact_id, updated_at\nFROM contact_data\nWHERE a = 1\n  AND b = 2\n"));
}

// A query file larger than QueryLimits::MaxQueryBytes (16 MiB) is refused, not read into
// memory, for lint and for update alike; nothing is sent.
void tst_Cli::oversizedInputIsRefusedUnread()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.sql")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray line = "SELECT contact_id, updated_at FROM contact_data WHERE a = 1 OR \n";
    for (qsizetype written = 0; written <= 16 * 1024 * 1024; written += line.size())
        big.write(line);
    big.close();
    const Run lint = run({QStringLiteral("lint"), big.fileName()}, {}, false);
    QCOMPARE(lint.exitCode, 2); // as for any file that cannot be read
    QVERIFY2(lint.err.contains(QStringLiteral("larger than 16 MiB")), qPrintable(lint.err));
    const Run update = run({QStringLiteral("update"), QStringLiteral("abc"),
                            QStringLiteral("--query-file"), big.fileName()});
    QCOMPARE(update.exitCode, 2);
    QVERIFY2(update.err.contains(QStringLiteral("larger than 16 MiB")), qPrintable(update.err));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_Cli::pipedInputInTwoWritesIsReadWhole_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // in the output; empty: check the PATCH sent
    QTest::newRow("update --query-file -")
        << QStringList {QStringLiteral("update"), QStringLiteral("abc"),
                        QStringLiteral("--query-file"), QStringLiteral("-")}
        << QString();
    QTest::newRow("lint -") << QStringList {QStringLiteral("lint"), QStringLiteral("-")}
                            << QStringLiteral("\"loyalty_teir\"");
    QTest::newRow("builder -") << QStringList {QStringLiteral("builder"), QStringLiteral("-")}
                               << QStringLiteral("loyalty_teir");
}

// The review's case: `(printf …; sleep 1; printf …) | segmentdesk-cli update ID --query-file -`
// stored the query without its second half. Here the second write follows once the first has
// been read, without a sleep.
void tst_Cli::pipedInputInTwoWritesIsReadWhole()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QByteArray first
        = "SELECT c.contact_id, c.updated_at FROM contact_data AS c WHERE c.country = 'DE'";
    const QByteArray second = " AND c.loyalty_teir = 'Berlin'";
    CliRunner cli(QStringLiteral(SEGMENTDESK_CLI_PATH));
    QProcessEnvironment env;
    env.insert(QStringLiteral("SENDGRID_API_KEY"), Fixtures::fakeApiKey());
    const CliRunner::Run r = cli.runInTwoWrites(
        QStringList {QStringLiteral("--base-url"), m_server->baseUrl().toString()} + args, first,
        second, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (expected.isEmpty())
        QCOMPARE(lastBody()[u"query_dsl"].toString(), QString::fromUtf8(first + second));
    else
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

// More than two pipe buffers (64 KiB each): 65,536 characters arrived of 124 KB.
void tst_Cli::largePipedQueryIsReadWhole()
{
    QByteArray query = "SELECT contact_id, updated_at FROM contact_data WHERE city = 'c0'";
    for (int i = 1; query.size() < 200 * 1024; ++i)
        query += " OR city = 'c" + QByteArray::number(i) + '\'';
    const Run r = run({QStringLiteral("update"), QStringLiteral("abc"),
                       QStringLiteral("--query-file"), QStringLiteral("-")},
                      query);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lastBody()[u"query_dsl"].toString().size(), query.size());
}

// Every place server text shows: the list, a segment, its status message, an error.
void tst_Cli::serveSegmentNamed(const QString &name)
{
    QJsonObject segment
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json"))).object();
    segment[u"name"] = name;
    QJsonObject status = segment[u"status"].toObject();
    status[u"error_message"] = name;
    segment[u"status"] = status;
    const QByteArray one = QJsonDocument(segment).toJson();
    const QByteArray list
        = QJsonDocument(QJsonObject {{QStringLiteral("results"), QJsonArray {segment}}}).toJson();
    const QByteArray error
        = QJsonDocument(
              QJsonObject {{QStringLiteral("errors"),
                            QJsonArray {QJsonObject {{QStringLiteral("field"), QJsonValue::Null},
                                                     {QStringLiteral("message"), name}}}}})
              .toJson();
    m_server->setHandler([one, list, error](const LoopbackServer::Request &request) {
        if (request.method == "PATCH")
            return Reply::json(400, error);
        return Reply::json(200, request.url.path().endsWith(u"/2.0") ? list : one);
    });
}

namespace {
// Retitles the terminal, rings, turns the text red, and starts a line that looks like ours.
const QString Hostile
    = QStringLiteral("Spring\x1b]0;pwned\x07\x1b[31m sale\r\nstatus  VALID\u202e");
const QString HostileShown
    = QStringLiteral("Spring\\x1b]0;pwned\\x07\\x1b[31m sale\\r\\nstatus  VALID\\u202e");

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f || c.unicode() == 0x202e)
            return true;
    return false;
}
} // namespace

void tst_Cli::serverTextIsShownEscaped()
{
    serveSegmentNamed(Hostile);
    const Run list = run({QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(HostileShown), qPrintable(list.out));
    QVERIFY2(!hasControl(list.out), qPrintable(list.out));
    QCOMPARE(list.out.count(u'\n'), 2); // header and one row
    const Run show = run({QStringLiteral("show"), QStringLiteral("abc")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.out.count(HostileShown), 2); // the name and the status message
    QVERIFY2(!hasControl(show.out), qPrintable(show.out));
    const Run refused = run({QStringLiteral("update"), QStringLiteral("abc"),
                             QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(HostileShown), qPrintable(refused.err));
    QVERIFY2(!hasControl(refused.err), qPrintable(refused.err));
}

// On a terminal, where an escape would act. The terminal's loop blocks this thread, where the
// loopback server answers, so the text comes from the local history that `show` filed.
void tst_Cli::serverTextOnATerminalIsEscaped()
{
    serveSegmentNamed(Hostile);
    const QString id = QStringLiteral("8a7d3e2b-6c51-4f3e-9b0a-2d4c6e8f1a3b");
    QCOMPARE(run({QStringLiteral("show"), id}).exitCode, 0);
    CliRunner cli(QStringLiteral(SEGMENTDESK_CLI_PATH));
    const CliRunner::Run r
        = cli.runOnTerminal({QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                             QStringLiteral("history"), id},
                            {}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(HostileShown), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u'\x1b') && !r.out.contains(u'\x07'), qPrintable(r.out));
}

// --json is for programs: valid JSON with the name exactly as SendGrid sent it.
void tst_Cli::jsonKeepsServerTextExact()
{
    serveSegmentNamed(Hostile);
    const Run r = run({QStringLiteral("show"), QStringLiteral("abc"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasControl(r.out), qPrintable(r.out));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json[u"name"].toString(), Hostile);
}

void tst_Cli::idsThatAreNoIdsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    const QString yes = QStringLiteral("--yes");
    QTest::newRow("delete ..") << QStringList {QStringLiteral("delete"), QStringLiteral(".."), yes};
    QTest::newRow("delete .") << QStringList {QStringLiteral("delete"), QStringLiteral("."), yes};
    QTest::newRow("delete empty") << QStringList {QStringLiteral("delete"), QString(), yes};
    QTest::newRow("show ../..") << QStringList {QStringLiteral("show"), QStringLiteral("../..")};
    QTest::newRow("update a/b") << QStringList {QStringLiteral("update"), QStringLiteral("a/b"),
                                                QStringLiteral("--name"), QStringLiteral("x")};
    QTest::newRow("refresh ?x") << QStringList {QStringLiteral("refresh"), QStringLiteral("?x")};
    QTest::newRow("duplicate %2e%2e")
        << QStringList {QStringLiteral("duplicate"), QStringLiteral("%2e%2e")};
    QTest::newRow("create --parent-list ..")
        << QStringList {QStringLiteral("create"), QStringLiteral("--name"),
                        QStringLiteral("n"),      QStringLiteral("--query-file"),
                        QStringLiteral("-"),      QStringLiteral("--parent-list"),
                        QStringLiteral("..")};
    QTest::newRow("preview --segment ..")
        << QStringList {QStringLiteral("preview"), QStringLiteral("--query-file"),
                        QStringLiteral("-"), QStringLiteral("--segment"), QStringLiteral("..")};
}

// `delete .. --yes` sent DELETE /v3/marketing/segments: the id is refused and nothing is sent.
void tst_Cli::idsThatAreNoIdsAreRefused()
{
    QFETCH(QStringList, args);
    const Run r = run(args, "SELECT contact_id, updated_at FROM contact_data");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("is not an id")), qPrintable(r.err));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_Cli::refreshTakesEveryZoneQtKnows_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Etc/UTC") << QStringLiteral("Etc/UTC"); // the default of many servers
    QTest::newRow("Etc/GMT+5") << QStringLiteral("Etc/GMT+5");
    QTest::newRow("UTC") << QStringLiteral("UTC");
    QTest::newRow("Europe/Berlin") << QStringLiteral("Europe/Berlin");
}

void tst_Cli::refreshTakesEveryZoneQtKnows()
{
    QFETCH(QString, zone);
    const Run r = run(
        {QStringLiteral("refresh"), QStringLiteral("abc"), QStringLiteral("--time-zone"), zone});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lastBody()[u"user_time_zone"].toString(), zone);
}

void tst_Cli::sandboxRefusesPortsOutOfRange_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("70000") << QStringLiteral("70000"); // served on 4464
    QTest::newRow("65536") << QStringLiteral("65536"); // served on any free port
    QTest::newRow("-1") << QStringLiteral("-1");
}

void tst_Cli::sandboxRefusesPortsOutOfRange()
{
    QFETCH(QString, port);
    CliRunner sandbox(QStringLiteral(SEGMENTDESK_SANDBOX_PATH));
    const CliRunner::Run r = sandbox.run(
        {QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--port"), port});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--port takes 0 to 65535")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
