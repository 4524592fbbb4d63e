// SPDX-License-Identifier: MIT
// The sandbox's HTTP front over raw sockets: pipelined requests answered in order (also behind
// a late answer), connections that idle or send their head too slowly closed, and requests
// read as HTTP/1.1 (chunked bodies, malformed heads, oversized heads, Connection: close).
#include "sandbox/httprequestparser.h"
#include "support/rawhttpclient.h"
#include "support/sandboxfixture.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

const QByteArray fields = "/v3/marketing/field_definitions";
const QByteArray segments = "/v3/marketing/segments/2.0";

SandboxOptions withTimeouts(int idleMs, int headMs)
{
    SandboxOptions options = SandboxFixture::defaults();
    options.contacts = 100;
    options.idleTimeoutMs = idleMs;
    options.headTimeoutMs = headMs;
    return options;
}

QByteArray get(const QByteArray &path, const QString &key, const QByteArray &extra = {})
{
    return RawHttpClient::get(path, key, extra);
}

} // namespace

class tst_SandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pipelinedRequestsAreAnsweredInOrder();
    void pipelinedRequestWaitsForALateAnswer();
    void idleConnectionIsClosed();
    void headTooSlowIs408AndClosed();
    void headSentByteByByteIsClosedToo();
    void requestsAreReadAsHttp_data();
    void requestsAreReadAsHttp();
    void parserHoldsOnMangledRequests();

private:
    SandboxFixture m_sandbox {withTimeouts(60000, 10000)};
};

void tst_SandboxHttp::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_SandboxHttp::pipelinedRequestsAreAnsweredInOrder()
{
    RawHttpClient client(m_sandbox.baseUrl());
    // Three requests in one write: each gets its own answer, in the order asked.
    const QString key = m_sandbox.apiKey();
    client.write(get(fields, key) + get(segments, key) + get("/v3/scopes", key));
    const auto answers = client.responses(3);
    QCOMPARE(answers.size(), 3);
    QVERIFY(answers[0].second.contains("custom_fields"));
    QVERIFY(answers[1].second.contains("results"));
    QVERIFY(answers[2].second.contains("scopes"));
    for (const auto &[status, body] : answers)
        QCOMPARE(status, 200);
    QVERIFY(!client.isClosed()); // kept alive for more
}

// The first answer is held back by a latency fault; the second request, read meanwhile, is
// answered after it all the same (QAbstractHttpServer answered the second first).
void tst_SandboxHttp::pipelinedRequestWaitsForALateAnswer()
{
    QVERIFY(m_sandbox.injectFault(
        {{"kind", "latency"}, {"delay_ms", 200}, {"path", QString::fromLatin1(fields)}}));
    RawHttpClient client(m_sandbox.baseUrl());
    client.write(get(fields, m_sandbox.apiKey()) + get("/nowhere", m_sandbox.apiKey()));
    const auto answers = client.responses(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].first, 200);
    QCOMPARE(answers[1].first, 404);
}

void tst_SandboxHttp::idleConnectionIsClosed()
{
    SandboxFixture quick(withTimeouts(100, 60000));
    QVERIFY(quick.start());
    RawHttpClient silent(quick.baseUrl());
    QVERIFY(silent.waitForClose()); // nothing sent at all
    QVERIFY(silent.received().isEmpty()); // closed without a word
    RawHttpClient done(quick.baseUrl());
    done.write(get(fields, quick.apiKey()));
    QVERIFY(done.waitForClose()); // answered, then idle
    QCOMPARE(done.responses(1).size(), 1);
}

void tst_SandboxHttp::headTooSlowIs408AndClosed()
{
    SandboxFixture quick(withTimeouts(60000, 100));
    QVERIFY(quick.start());
    RawHttpClient slow(quick.baseUrl());
    slow.write("GET " + fields + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // no end of head
    QVERIFY(slow.waitForClose());
    const auto answers = slow.responses(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0].first, 408);
}

// Slowloris: every byte arrives in time for an idle limit, the head never in time for its own.
void tst_SandboxHttp::headSentByteByByteIsClosedToo()
{
    SandboxFixture quick(withTimeouts(60000, 100));
    QVERIFY(quick.start());
    RawHttpClient drip(quick.baseUrl());
    const QByteArray head = get(fields, quick.apiKey(), QByteArray("X-Pad: ").append(4000, 'x'));
    for (qsizetype i = 0; i < head.size() && !drip.isClosed(); ++i) {
        drip.write(head.mid(i, 1));
        QTest::qWait(5);
    }
    QVERIFY(drip.waitForClose());
    QCOMPARE(drip.responses(1).value(0).first, 408);
}

void tst_SandboxHttp::requestsAreReadAsHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    const QByteArray key
        = "Authorization: Bearer " + SandboxFixture::defaults().apiKeys[0].toUtf8();
    const QByteArray body = R"({"name":"chunked_field","field_type":"Text"})";
    QTest::newRow("chunked body") << "POST " + fields + " HTTP/1.1\r\nHost: h\r\n" + key
            + "\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(10, 16) + "\r\n"
            + body.left(10) + "\r\n" + QByteArray::number(body.size() - 10, 16) + "\r\n"
            + body.mid(10) + "\r\n0\r\n\r\n"
                                  << 200 << false;
    QTest::newRow("Connection: close")
        << get(fields, SandboxFixture::defaults().apiKeys[0], "Connection: close\r\n") << 200
        << true;
    QTest::newRow("HTTP/1.0") << "GET " + fields + " HTTP/1.0\r\n" + key + "\r\n\r\n"
                              << 200 << true;
    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400 << true;
    QTest::newRow("header without colon") << "GET " + fields + " HTTP/1.1\r\nHost h\r\n\r\n"
                                          << 400 << true;
    QTest::newRow("length and chunks")
        << "POST " + fields + " HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
        << 400 << true;
    QTest::newRow("head over 64 KB")
        << "GET " + fields + " HTTP/1.1\r\nX-Pad: " + QByteArray(70 * 1024, 'x') << 431 << true;
}

void tst_SandboxHttp::requestsAreReadAsHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);
    RawHttpClient client(m_sandbox.baseUrl());
    client.write(request);
    const auto answers = client.responses(1);
    QVERIFY2(!answers.isEmpty(), client.received().constData());
    QCOMPARE(answers[0].first, status);
    if (closes)
        QVERIFY(client.waitForClose());
    else
        QVERIFY(!client.isClosed());
}

// Requests bent at random (seeded, so a failure repeats): whatever the parser says holds for
// the bytes it was given, and nothing it reads past them.
void tst_SandboxHttp::parserHoldsOnMangledRequests()
{
    const QByteArray key = "Authorization: Bearer k\r\n";
    const QList<QByteArray> valid = {
        get(fields, "k") + get(segments, "k"),
        "POST " + fields + " HTTP/1.1\r\n" + key + "Content-Length: 11\r\n\r\n{\"a\":\"b c\"}",
        "POST " + fields
            + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n"
              "0\r\nTrailer: t\r\n\r\n",
    };
    const QByteArray alphabet = "\r\n: ;0123456789abcdefxGET/HTTP1.\0\xff";
    QRandomGenerator random(18);
    constexpr qint64 maxBody = 64;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = valid[random.bounded(valid.size())];
        for (int edit = random.bounded(1, 4); edit > 0 && !bytes.isEmpty(); --edit) {
            const qsizetype at = random.bounded(bytes.size());
            const char c = alphabet[random.bounded(alphabet.size())];
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = c;
                break;
            case 1:
                bytes.insert(at, c);
                break;
            case 2:
                bytes.remove(at, random.bounded(1, 8));
                break;
            default:
                bytes.truncate(at);
                break;
            }
        }
        const HttpRequestParse p = HttpRequestParser::parse(bytes, maxBody);
        QVERIFY(p.headBytes <= bytes.size());
        QVERIFY(p.body.size() <= maxBody);
        if (p.status != HttpRequestParse::Status::Complete)
            continue;
        QVERIFY2(p.headComplete && p.consumed >= p.headBytes && p.consumed <= bytes.size(),
                 bytes.toPercentEncoding().constData());
        // The bytes after the request are left alone: the same request is read without them.
        QCOMPARE(HttpRequestParser::parse(bytes.left(p.consumed), maxBody).consumed, p.consumed);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_sandboxhttp.moc"
