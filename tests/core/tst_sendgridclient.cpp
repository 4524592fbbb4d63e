// SPDX-License-Identifier: MIT
// SendGridClient and ApiCall against a real HTTP server on 127.0.0.1.
#include "api/apicall.h"
#include "api/contactsapi.h"
#include "api/responseparser.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "support/awaitresult.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "support/manualclock.h"
#include "support/tlsloopbackserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using Reply = LoopbackServer::Reply;
Q_DECLARE_METATYPE(ApiError::Kind)

class tst_SendGridClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusMapping_data();
    void statusMapping();
    void badBodies_data();
    void badBodies();
    void oversizedBody();
    void stalledServerTimesOut();
    void connectionResetIsNetworkError_data();
    void connectionResetIsNetworkError();
    void replyThatDoesNotSayMayHaveBeenApplied_data();
    void replyThatDoesNotSayMayHaveBeenApplied();
    void untrustedCertificateFailsAtOnce();
    void keyTextInDataIsKept_data();
    void keyTextInDataIsKept();
    void malformedOptionalFieldIsLoggedNotFatal();
    void refusedConnection();
    void requestHeaders();
    void rateLimitStateFollowsHeaders();
    void getRetriesWithBackoff();
    void retryHonoursRateLimitReset();
    void retriesStopAtBudget();
    void patchIsNotRetriedOn503();
    void patchIsRetriedOn429();
    void cancelInFlight();
    void cancelDuringBackoff();
    void lateReplyToDestroyedRequesterIsDropped();
    void keyNeverInErrors();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void pathIdsAreEncoded();
    void dotSegmentIdsAreNeverSent_data();
    void dotSegmentIdsAreNeverSent();
    void readOnlyClientSendsNoWrite();
    void sandboxOnlyRequestsNeverLeaveThisComputer();
    void timeoutIsBounded();

private:
    ApiResult<Segment> getSegment(const QString &id = QStringLiteral("seg-1"));

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SendGridClient> m_client;
    SegmentsApi *m_segments = nullptr;
    ManualClock m_clock;
};

void tst_SendGridClient::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SendGridClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isOk());
    QVERIFY(m_client->setApiKey(Fixtures::fakeApiKey()).isOk());
    m_client->setTimeout(5s);
    m_clock = ManualClock();
    m_client->setClock(&m_clock);
    RetryPolicy policy;
    policy.jitter = 0;
    m_client->setRetryPolicy(policy);
    m_segments = new SegmentsApi(m_client.get(), m_client.get());
}

ApiResult<Segment> tst_SendGridClient::getSegment(const QString &id)
{
    std::optional<ApiResult<Segment>> result;
    m_segments->get(id, true, this, [&result](const ApiResult<Segment> &r) { result = r; });
    // Retries go through the manual clock: move it on whenever a retry is waiting.
    const bool arrived = QTest::qWaitFor(
        [&] {
            m_clock.advance(500ms);
            return result.has_value();
        },
        10000);
    if (!arrived)
        return ApiResult<Segment>::failure(
            ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test gave up")));
    return *result;
}

void tst_SendGridClient::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("sendGridMessage");
    using K = ApiError::Kind;
    const QByteArray ok = Fixtures::data(QStringLiteral("segment_200.json"));
    QTest::newRow("200") << 200 << ok << K::None << QString();
    QTest::newRow("201") << 201 << ok << K::None << QString();
    QTest::newRow("202 no body") << 202 << QByteArray() << K::BadPayload << QString();
    QTest::newRow("204 no body") << 204 << QByteArray() << K::BadPayload << QString();
    QTest::newRow("400 name") << 400 << Fixtures::data(QStringLiteral("error_400_name.json"))
                              << K::Validation
                              << QStringLiteral("A segment with this name already exists");
    QTest::newRow("400 decode") << 400
                                << Fixtures::data(QStringLiteral("error_400_json_decode.json"))
                                << K::Validation << QStringLiteral("json.decode failed");
    QTest::newRow("401") << 401 << Fixtures::data(QStringLiteral("error_401.json"))
                         << K::Unauthorized << QStringLiteral("authorization required");
    QTest::newRow("403") << 403 << Fixtures::data(QStringLiteral("error_403.json")) << K::Forbidden
                         << QStringLiteral("access forbidden");
    QTest::newRow("404 error body")
        << 404 << Fixtures::data(QStringLiteral("error_404_refresh.json")) << K::NotFound
        << QStringLiteral("Segment does not exist.");
    QTest::newRow("404 no body") << 404 << QByteArray() << K::NotFound << QString();
    QTest::newRow("429") << 429 << Fixtures::data(QStringLiteral("error_429.json"))
                         << K::RateLimited << QStringLiteral("too many requests");
    QTest::newRow("500") << 500 << Fixtures::data(QStringLiteral("error_500.json")) << K::Server
                         << QStringLiteral("internal server error");
    QTest::newRow("503 html") << 503 << Fixtures::data(QStringLiteral("error_503.html"))
                              << K::Server << QStringLiteral("Service Temporarily Unavailable");
}

void tst_SendGridClient::statusMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, sendGridMessage);
    m_server->setHandler(
        [&](const LoopbackServer::Request &) { return Reply::json(status, body); });
    m_client->setRetryPolicy(RetryPolicy {1, 0ms, 0ms, 0});
    const auto result = getSegment();
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.isOk(), kind == ApiError::Kind::None);
    if (result.isOk()) {
        QCOMPARE(result.value->name, QStringLiteral("Gmail users in Colorado"));
        return;
    }
    const QString shown = result.error.toDisplayString();
    QVERIFY2(shown.contains(QString::number(status)), qPrintable(shown));
    QVERIFY2(shown.contains(sendGridMessage), qPrintable(shown));
}

void tst_SendGridClient::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray("{\"id\": \"x\", \"name\": [")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty reply");
    QTest::newRow("html") << QByteArray("<html><body>Gateway</body></html>")
                          << QStringLiteral("web page");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not an object");
    QByteArray wrongType = Fixtures::data(QStringLiteral("segment_200.json"));
    wrongType.replace("\"contacts_count\": 2", "\"contacts_count\": \"two\"");
    QTest::newRow("wrong type") << wrongType
                                << QStringLiteral("\"contacts_count\" should be a whole number");
    QByteArray missing = Fixtures::data(QStringLiteral("segment_200.json"));
    missing.replace("\"query_dsl\"", "\"query_dslx\"");
    QTest::newRow("missing field") << missing << QStringLiteral("\"query_dsl\" is missing");
    QByteArray badId = Fixtures::data(QStringLiteral("segment_200.json"));
    badId.replace("\"id\": \"8a7d3e2b-6c51-4f3e-9b0a-2d4c6e8f1a3b\"", "\"id\": 7");
    QTest::newRow("id not text") << badId << QStringLiteral("\"id\" should be text");
}

void tst_SendGridClient::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    m_server->setHandler([&](const LoopbackServer::Request &) { return Reply::json(200, body); });
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::BadPayload);
    QCOMPARE(result.error.httpStatus, 200);
    const QString shown = result.error.toDisplayString();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("HTTP 200")), qPrintable(shown));
    QVERIFY(shown.size() < 400); // a short excerpt, never the whole body
}

void tst_SendGridClient::oversizedBody()
{
    m_client->setMaxBodyBytes(64 * 1024);
    const QByteArray big = "{\"results\": [\"" + QByteArray(200 * 1024, 'x') + "\"]}";
    m_server->setHandler([&](const LoopbackServer::Request &) { return Reply::json(200, big); });
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::BadPayload);
    QVERIFY(result.error.toDisplayString().contains(QStringLiteral("larger than")));
}

void tst_SendGridClient::stalledServerTimesOut()
{
    m_client->setTimeout(300ms);
    m_server->setHandler([](const LoopbackServer::Request &) {
        Reply r;
        r.behaviour = Reply::Behaviour::Stall;
        return r;
    });
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_server->requests().size(), 1); // timeouts are not retried
}

void tst_SendGridClient::connectionResetIsNetworkError_data()
{
    QTest::addColumn<bool>("write");
    QTest::addColumn<int>("attempts");
    QTest::newRow("GET is retried") << false << 3;
    QTest::newRow("PATCH may have been applied") << true << 1;
}

// Headers and half the body, then the connection breaks: a network failure, not SendGrid's
// answer. A GET is tried again; a write is not, and says it may have been applied.
void tst_SendGridClient::connectionResetIsNetworkError()
{
    QFETCH(bool, write);
    QFETCH(int, attempts);
    m_server->setHandler([](const LoopbackServer::Request &) {
        Reply r = Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
        r.behaviour = Reply::Behaviour::ResetMidBody;
        return r;
    });
    std::optional<ApiResult<Segment>> result;
    auto keep = [&result](const ApiResult<Segment> &r) { result = r; };
    SegmentPatch patch;
    patch.name = QStringLiteral("New");
    write ? m_segments->update(QStringLiteral("s"), patch, this, keep)
          : m_segments->get(QStringLiteral("s"), true, this, keep);
    QTRY_VERIFY((m_clock.advance(5s), result.has_value()));
    const QString shown = result->error.toDisplayString();
    QCOMPARE(result->error.kind, ApiError::Kind::Network);
    QVERIFY2(!shown.contains(QStringLiteral("JSON")), qPrintable(shown));
    QCOMPARE(m_server->requests().size(), attempts);
    QCOMPARE(result->error.mayHaveBeenApplied, write);
    QCOMPARE(shown.contains(QStringLiteral("may have been applied")), write);
}

void tst_SendGridClient::replyThatDoesNotSayMayHaveBeenApplied_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mayHaveBeenApplied");
    const QByteArray cut = Fixtures::data(QStringLiteral("segment_200.json")).left(80);
    const QByteArray gateway = Fixtures::data(QStringLiteral("error_503.html"));
    QTest::newRow("PATCH 200, body cut short") << QByteArray("PATCH") << 200 << cut << true;
    QTest::newRow("POST 201, not JSON") << QByteArray("POST") << 201 << QByteArray("ok") << true;
    QTest::newRow("PATCH 502") << QByteArray("PATCH") << 502 << gateway << true;
    QTest::newRow("POST 504") << QByteArray("POST") << 504 << gateway << true;
    QTest::newRow("PATCH 503: not taken") << QByteArray("PATCH") << 503 << gateway << false;
    QTest::newRow("PATCH 500: failed") << QByteArray("PATCH") << 500 << gateway << false;
    QTest::newRow("GET 200, body cut short") << QByteArray("GET") << 200 << cut << false;
    QTest::newRow("search 502: a read") << QByteArray("SEARCH") << 502 << gateway << false;
}

// A write whose reply does not say whether it was applied (a gateway's 502 or 504, a 2xx whose
// body cannot be read) is reported as such, not as refused: the caller checks before resending.
void tst_SendGridClient::replyThatDoesNotSayMayHaveBeenApplied()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, mayHaveBeenApplied);
    m_server->setHandler(
        [&](const LoopbackServer::Request &) { return Reply::json(status, body); });
    m_client->setRetryPolicy(RetryPolicy {1, 0ms, 0ms, 0});
    ApiCall *call = method == "PATCH" ? m_client->patch(QStringLiteral("/x"), {})
        : method == "POST"            ? m_client->post(QStringLiteral("/x"), {})
        : method == "GET"             ? m_client->get(QStringLiteral("/x"))
                                      : m_client->search(QStringLiteral("/x"), {});
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    const auto response = finished.first().first().value<HttpResponse>();
    const ApiResult<QJsonObject> result = ResponseParser::jsonObject(response);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error.mayHaveBeenApplied, mayHaveBeenApplied);
    QCOMPARE(result.error.toDisplayString().contains(QStringLiteral("may have been applied")),
             mayHaveBeenApplied);
}

// An untrusted certificate is not a flaky connection: one attempt, and the message names the
// host and the certificate instead of "check the connection".
void tst_SendGridClient::untrustedCertificateFailsAtOnce()
{
    TlsLoopbackServer tls;
    QVERIFY(tls.start());
    QVERIFY(m_client->setBaseUrl(tls.baseUrl()).isOk());
    const auto result = getSegment();
    const QString shown = result.error.toDisplayString();
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QVERIFY2(shown.contains(QStringLiteral("certificate")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("127.0.0.1")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("Check the connection")), qPrintable(shown));
    QCOMPARE(tls.connections(), 1);
    QVERIFY(m_clock.requestedDelays().isEmpty());
}

void tst_SendGridClient::keyTextInDataIsKept_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("sandbox key e") << QStringLiteral("e") << QStringLiteral("Gmail users here");
    QTest::newRow("real-shaped key in a name")
        << Fixtures::fakeApiKey() << QStringLiteral("Notes: ") + Fixtures::fakeApiKey();
}

// The key is scrubbed from what is shown, never from the data that is decoded and saved back.
void tst_SendGridClient::keyTextInDataIsKept()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QVERIFY(m_client->setApiKey(key).isOk());
    QJsonObject segment
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json"))).object();
    segment.insert(QStringLiteral("name"), name);
    segment.insert(
        QStringLiteral("query_dsl"),
        QStringLiteral("SELECT contact_id FROM contact_data WHERE first_name = '%1'").arg(key));
    m_server->setHandler([&](const LoopbackServer::Request &) {
        return Reply::json(200, QJsonDocument(segment).toJson());
    });
    const auto result = getSegment();
    QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(result.value->name, name);
    QCOMPARE(result.value->queryDsl, segment.value(QStringLiteral("query_dsl")).toString());
    QCOMPARE(result.value->contactsSample.first().email, QStringLiteral("ana.lopez@gmail.com"));

    m_server->setHandler([&](const LoopbackServer::Request &) {
        return Reply::json(400,
                           "{\"errors\":[{\"field\":\"name\",\"message\":\"Segment "
                               + key.toLatin1() + " rejected\"}]}");
    });
    const QString shown = getSegment().error.toDisplayString();
    QVERIFY2(shown.contains(QStringLiteral("Segment [key] rejected")), qPrintable(shown));
}

// SendGrid's spec types timestamps as bare strings; a mock of it answers "string". The segment
// still opens, the time is unknown, and the log says which field was odd.
void tst_SendGridClient::malformedOptionalFieldIsLoggedNotFatal()
{
    QByteArray body = Fixtures::data(QStringLiteral("segment_200.json"));
    body.replace("\"2026-03-02T09:15:00Z\"", "\"string\"");
    m_server->setHandler([&](const LoopbackServer::Request &) { return Reply::json(200, body); });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("\"created_at\" is not an ISO-8601")));
    const auto result = getSegment();
    QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
    QVERIFY(!result.value->createdAt.utc.isValid());
    QCOMPARE(result.value->createdAt.raw, QStringLiteral("string"));
}

void tst_SendGridClient::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))).isOk());
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(m_clock.requestedDelays().size(), 2); // GET: 3 tries in all
}

void tst_SendGridClient::requestHeaders()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
    });
    QVERIFY(getSegment().isOk());
    const auto &request = m_server->requests().constFirst();
    QCOMPARE(request.headers.value("authorization"), "Bearer " + Fixtures::fakeApiKey().toLatin1());
    QCOMPARE(request.headers.value("user-agent"), QByteArray("SegmentDesk/" SEGMENTDESK_VERSION));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
}

void tst_SendGridClient::rateLimitStateFollowsHeaders()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        Reply r = Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
        r.headers += {{"X-RateLimit-Limit", "600"},
                      {"X-RateLimit-Remaining", "598"},
                      {"X-RateLimit-Reset", "1795000000"}};
        return r;
    });
    QSignalSpy changed(m_client.get(), &SendGridClient::rateLimitChanged);
    QVERIFY(getSegment().isOk());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_client->rateLimit().limit, 600);
    QCOMPARE(m_client->rateLimit().remaining, 598);
    QCOMPARE(m_client->rateLimit().reset.toSecsSinceEpoch(), 1795000000);
}

void tst_SendGridClient::getRetriesWithBackoff()
{
    int calls = 0;
    m_server->setHandler([&](const LoopbackServer::Request &) {
        ++calls;
        if (calls < 3)
            return Reply::json(503, Fixtures::data(QStringLiteral("error_503.html")));
        return Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
    });
    std::optional<ApiResult<Segment>> result;
    auto *call = m_segments->get(QStringLiteral("s"), false, this,
                                 [&result](const ApiResult<Segment> &r) { result = r; });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QTRY_COMPARE(retries.size(), 1);
    QCOMPARE(retries.at(0).at(0).toInt(), 2);
    QCOMPARE(retries.at(0).at(1).toLongLong(), 1000);
    QCOMPARE(retries.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Server);
    QVERIFY(!result);
    m_clock.advance(999ms);
    QCOMPARE(m_server->requests().size(), 1); // not before its time
    m_clock.advance(1ms);
    QTRY_COMPARE(retries.size(), 2);
    QCOMPARE(retries.at(1).at(1).toLongLong(), 2000); // doubled
    m_clock.advance(2s);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isOk());
    QCOMPARE(calls, 3);
}

void tst_SendGridClient::retryHonoursRateLimitReset()
{
    const qint64 reset = m_clock.now().toSecsSinceEpoch() + 7;
    int calls = 0;
    m_server->setHandler([&](const LoopbackServer::Request &) {
        if (++calls == 1) {
            Reply r = Reply::json(429, Fixtures::data(QStringLiteral("error_429.json")));
            r.headers.append({"X-RateLimit-Reset", QByteArray::number(reset)});
            return r;
        }
        return Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
    });
    std::optional<ApiResult<Segment>> result;
    auto *call = m_segments->get(QStringLiteral("s"), false, this,
                                 [&result](const ApiResult<Segment> &r) { result = r; });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QTRY_COMPARE(retries.size(), 1);
    QCOMPARE(retries.at(0).at(1).toLongLong(), 7000); // until the reset, not the 1 s backoff
    m_clock.advance(6999ms);
    QCOMPARE(calls, 1);
    m_clock.advance(1ms);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isOk());
}

void tst_SendGridClient::retriesStopAtBudget()
{
    // A reset two minutes away is beyond the 60 s budget: report at once, do not wait.
    const qint64 reset = m_clock.now().toSecsSinceEpoch() + 120;
    m_server->setHandler([&](const LoopbackServer::Request &) {
        Reply r = Reply::json(429, Fixtures::data(QStringLiteral("error_429.json")));
        r.headers.append({"X-RateLimit-Reset", QByteArray::number(reset)});
        return r;
    });
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(result.error.rateLimitReset.toSecsSinceEpoch(), reset);
    QVERIFY(result.error.toDisplayString().contains(QStringLiteral("Retry after")));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_SendGridClient::patchIsNotRetriedOn503()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(503, Fixtures::data(QStringLiteral("error_503.html")));
    });
    std::optional<ApiResult<Segment>> result;
    SegmentPatch patch;
    patch.name = QStringLiteral("New");
    m_segments->update(QStringLiteral("s"), patch, this,
                       [&](const ApiResult<Segment> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, ApiError::Kind::Server);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_SendGridClient::patchIsRetriedOn429()
{
    int calls = 0;
    m_server->setHandler([&](const LoopbackServer::Request &) {
        return ++calls == 1 ? Reply::json(429, Fixtures::data(QStringLiteral("error_429.json")))
                            : Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
    });
    std::optional<ApiResult<Segment>> result;
    SegmentPatch patch;
    patch.name = QStringLiteral("New");
    m_segments->update(QStringLiteral("s"), patch, this,
                       [&](const ApiResult<Segment> &r) { result = r; });
    QTRY_VERIFY((m_clock.advance(5s), result.has_value()));
    QVERIFY(result->isOk());
    QCOMPARE(calls, 2);
}

void tst_SendGridClient::cancelInFlight()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        Reply r;
        r.behaviour = Reply::Behaviour::Stall;
        return r;
    });
    std::optional<ApiResult<Segment>> result;
    auto *call = m_segments->get(QStringLiteral("s"), true, this,
                                 [&result](const ApiResult<Segment> &r) { result = r; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    call->cancel();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
}

void tst_SendGridClient::cancelDuringBackoff()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(503, Fixtures::data(QStringLiteral("error_503.html")));
    });
    int results = 0;
    std::optional<ApiResult<Segment>> result;
    QPointer<ApiCall> call
        = m_segments->get(QStringLiteral("s"), true, this, [&](const ApiResult<Segment> &r) {
              result = r;
              ++results;
          });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QTRY_COMPARE(retries.size(), 1);
    QSignalSpy finished(call, &ApiCall::finished);
    call->cancel();
    // Nothing is in flight during the wait, so the call ends at once, once.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results, 1);
    QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
    // The retry stays scheduled on the clock while the call waits for deletion (deleteLater):
    // its time coming must not start another attempt.
    QVERIFY(call);
    QCOMPARE(m_clock.pendingTasks(), 1);
    m_clock.advance(10s);
    QVERIFY(call);
    QCOMPARE(call->attempt(), 1);
    QTRY_VERIFY(!call);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results, 1);
}

void tst_SendGridClient::lateReplyToDestroyedRequesterIsDropped()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(200, Fixtures::data(QStringLiteral("segment_200.json")));
    });
    bool delivered = false;
    auto *requester = new QObject;
    auto *call = m_segments->get(QStringLiteral("s"), true, requester,
                                 [&delivered](const ApiResult<Segment> &) { delivered = true; });
    QSignalSpy finished(call, &ApiCall::finished);
    delete requester;
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!delivered);
}

void tst_SendGridClient::keyNeverInErrors()
{
    const QByteArray key = Fixtures::fakeApiKey().toLatin1();
    m_server->setHandler([&](const LoopbackServer::Request &request) {
        // A hostile server echoing the Authorization header back in its error.
        return Reply::json(400,
                           "{\"errors\":[{\"field\":\"auth\",\"message\":\"bad "
                               + request.headers.value("authorization") + "\"}]}");
    });
    const auto result = getSegment();
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QVERIFY(!result.error.toDisplayString().contains(QString::fromLatin1(key)));
    QVERIFY(result.error.toDisplayString().contains(QStringLiteral("[key]")));
}

void tst_SendGridClient::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default") << QStringLiteral("https://api.sendgrid.com") << true;
    QTest::newRow("eu") << QStringLiteral("https://api.eu.sendgrid.com") << true;
    QTest::newRow("custom https") << QStringLiteral("https://proxy.example.com/sendgrid") << true;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("loopback 127/8") << QStringLiteral("http://127.3.4.5:8080") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:9") << true;
    QTest::newRow("plain http") << QStringLiteral("http://api.sendgrid.com") << false;
    QTest::newRow("private net") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.sendgrid.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@api.sendgrid.com") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void tst_SendGridClient::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    SendGridClient client;
    const VoidResult set = client.setBaseUrl(QUrl(url));
    QCOMPARE(set.isOk(), accepted);
    QCOMPARE(set.error().isEmpty(), accepted);
    QCOMPARE(client.baseUrl() == QUrl(url).adjusted(QUrl::StripTrailingSlash), accepted);
}

void tst_SendGridClient::pathIdsAreEncoded()
{
    m_server->setHandler([](const LoopbackServer::Request &) { return Reply::json(404, {}); });
    getSegment(QStringLiteral("../../v3/scopes?x=1"));
    const QByteArray path = m_server->requests().constFirst().url.toEncoded(QUrl::RemoveQuery);
    QVERIFY2(path.startsWith("/v3/marketing/segments/2.0/..%2F..%2Fv3%2Fscopes%3Fx%3D1"), path);
}

void tst_SendGridClient::dotSegmentIdsAreNeverSent_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("..") << QStringLiteral("..");
    QTest::newRow(".") << QStringLiteral(".");
    QTest::newRow("empty") << QString();
}

// Dots are unreserved, so encoding leaves them, and resolving the URL removes the segment:
// DELETE …/2.0/.. was DELETE on the segments' parent path. Whoever asks (the window takes ids
// from list replies), such an id is refused before anything is sent.
void tst_SendGridClient::dotSegmentIdsAreNeverSent()
{
    QFETCH(QString, id);
    m_server->setHandler([](const LoopbackServer::Request &) { return Reply::json(202, {}); });
    const auto removed = awaitResult<NoContent>(
        [&](ApiCallback<NoContent> done) { m_segments->remove(id, this, std::move(done)); });
    QCOMPARE(removed.error.kind, ApiError::Kind::Refused);
    QVERIFY2(removed.error.toDisplayString().contains(QStringLiteral("is not an id")),
             qPrintable(removed.error.toDisplayString()));
    QCOMPARE(getSegment(id).error.kind, ApiError::Kind::Refused);
    const auto updated = awaitResult<Segment>([&](ApiCallback<Segment> done) {
        m_segments->update(id, {QStringLiteral("n"), {}}, this, std::move(done));
    });
    QCOMPARE(updated.error.kind, ApiError::Kind::Refused);
    QVERIFY(m_server->requests().isEmpty());
}

// The CLI refuses writing commands under a read-only profile by its command table; the client
// refuses the requests themselves, so a command (or a window action) that slips past the table
// still sends nothing. The contacts search is a POST that reads: it is sent.
void tst_SendGridClient::readOnlyClientSendsNoWrite()
{
    m_server->setHandler([](const LoopbackServer::Request &request) {
        if (request.url.path().endsWith(u"/search"))
            return Reply::json(200, R"({"result":[],"contact_count":0})");
        return Reply::json(200, Fixtures::data(QStringLiteral("segments_list_200.json")));
    });
    m_client->setReadOnly(true);
    const auto created = awaitResult<Segment>([&](ApiCallback<Segment> done) {
        m_segments->create({QStringLiteral("n"), QStringLiteral("q"), {}}, this, std::move(done));
    });
    const auto updated = awaitResult<Segment>([&](ApiCallback<Segment> done) {
        m_segments->update(QStringLiteral("seg-1"), {QStringLiteral("n"), {}}, this,
                           std::move(done));
    });
    const auto removed = awaitResult<NoContent>([&](ApiCallback<NoContent> done) {
        m_segments->remove(QStringLiteral("seg-1"), this, std::move(done));
    });
    const auto refreshed = awaitResult<RefreshJob>([&](ApiCallback<RefreshJob> done) {
        m_segments->refresh(QStringLiteral("seg-1"), QStringLiteral("Etc/UTC"), this,
                            std::move(done));
    });
    for (const ApiError &error : {created.error, updated.error, removed.error, refreshed.error}) {
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QVERIFY2(error.toDisplayString().contains(QStringLiteral("read-only")),
                 qPrintable(error.toDisplayString()));
    }
    QVERIFY(m_server->requests().isEmpty());

    ContactsApi contacts(m_client.get());
    const auto searched = awaitResult<ContactSearchResult>([&](auto done) {
        contacts.search(QStringLiteral("email LIKE '%'"), this, std::move(done));
    });
    QVERIFY2(searched.isOk(), qPrintable(searched.error.toDisplayString()));
    const auto listed = awaitResult<QList<SegmentSummary>>(
        [&](auto done) { m_segments->list({}, this, std::move(done)); });
    QVERIFY(listed.isOk());
    QCOMPARE(m_server->requests().size(), 2);
}

// The sandbox's own endpoints are asked of a local server that said it is the sandbox; a
// SendGrid account (a remote host) is never sent one, whoever asks.
void tst_SendGridClient::sandboxOnlyRequestsNeverLeaveThisComputer()
{
    m_server->setHandler([](const LoopbackServer::Request &) {
        return Reply::json(200, R"({"matches": {"result":[],"contact_count":3}})");
    });
    ContactsApi contacts(m_client.get());
    QVERIFY(m_client->isLocal());
    QVERIFY(!contacts.canPreviewInSandbox()); // the loopback server never said it is one
    const auto local = awaitResult<SandboxPreview>([&](auto done) {
        contacts.previewInSandbox(QStringLiteral("SELECT 1"), {}, {}, this, std::move(done));
    });
    QVERIFY2(local.isOk(), qPrintable(local.error.toDisplayString()));
    QCOMPARE(local.value->matches.contactCount, 3);
    QCOMPARE(m_server->requests().size(), 1);

    QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("https://api.sendgrid.com"))).isOk());
    QVERIFY(!m_client->isLocal() && !contacts.canPreviewInSandbox());
    const auto remote = awaitResult<SandboxPreview>([&](auto done) {
        contacts.previewInSandbox(QStringLiteral("SELECT 1"), {}, {}, this, std::move(done));
    });
    QCOMPARE(remote.error.kind, ApiError::Kind::Refused);
    QVERIFY2(remote.error.toDisplayString().contains(QStringLiteral("only a local sandbox")),
             qPrintable(remote.error.toDisplayString()));
}

// 2,147,484 s in milliseconds overflows the int that QNetworkRequest takes.
void tst_SendGridClient::timeoutIsBounded()
{
    m_client->setTimeout(std::chrono::seconds(2147484));
    QCOMPARE(m_client->timeout(), SendGridClient::MaxTimeout);
    m_client->setTimeout(-5s);
    QVERIFY(m_client->timeout() > 0ms);
}

QTEST_GUILESS_MAIN(tst_SendGridClient)
#include "tst_sendgridclient.moc"
