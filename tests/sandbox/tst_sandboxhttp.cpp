// SPDX-License-Identifier: MIT
// The sandbox's HTTP front over raw sockets: pipelined requests answered in order (also behind
// a late answer), connections that idle or send their head too slowly closed, and requests
// read as HTTP/1.1 (chunked bodies, malformed heads, oversized heads, Connection: close).
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTcpSocket>
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

/// The whole responses at the start of `bytes` (100 Continue left out): status and body.
QList<std::pair<int, QByteArray>> responsesIn(const QByteArray &bytes)
{
    QList<std::pair<int, QByteArray>> out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            return out;
        const QByteArray head = bytes.mid(at, headEnd - at);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (bytes.size() < headEnd + 4 + length)
            return out;
        const int status = head.mid(9, 3).toInt();
        if (status != 100)
            out.append({status, bytes.mid(headEnd + 4, length)});
        at = headEnd + 4 + length;
    }
}

/// One client connection written to and read from as raw bytes.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawClient(const QUrl &baseUrl)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, quint16(baseUrl.port()));
        (void)socket.waitForConnected(5000);
    }
    /// Waits until `count` whole responses arrived (or the connection ended) and returns them.
    QList<std::pair<int, QByteArray>> responses(qsizetype count)
    {
        (void)QTest::qWaitFor([&] { return closed || responsesIn(received).size() >= count; },
                              10000);
        return responsesIn(received);
    }
    bool waitForClose()
    {
        return QTest::qWaitFor([&] { return closed; }, 10000);
    }
};

QByteArray get(const QByteArray &path, const QString &key, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
        + "\r\n" + extra + "\r\n";
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

private:
    SandboxFixture m_sandbox {withTimeouts(60000, 10000)};
};

void tst_SandboxHttp::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_SandboxHttp::pipelinedRequestsAreAnsweredInOrder()
{
    RawClient client(m_sandbox.baseUrl());
    // Two requests in one write, then a third: each gets its own answer, in the order asked.
    client.socket.write(get(fields, m_sandbox.apiKey()) + get("/nowhere", m_sandbox.apiKey()));
    client.socket.write(get(segments, m_sandbox.apiKey()));
    const auto answers = client.responses(3);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers[0].first, 200);
    QVERIFY(answers[0].second.contains("custom_fields"));
    QCOMPARE(answers[1].first, 404);
    QCOMPARE(answers[2].first, 200);
    QVERIFY(answers[2].second.contains("results"));
    QVERIFY(!client.closed); // kept alive for more
}

// The first answer is held back by a latency fault; the second request, read meanwhile, is
// answered after it all the same.
void tst_SandboxHttp::pipelinedRequestWaitsForALateAnswer()
{
    QVERIFY(m_sandbox.injectFault(
        {{"kind", "latency"}, {"delay_ms", 200}, {"path", QString::fromLatin1(fields)}}));
    RawClient client(m_sandbox.baseUrl());
    client.socket.write(get(fields, m_sandbox.apiKey()) + get("/nowhere", m_sandbox.apiKey()));
    const auto answers = client.responses(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].first, 200);
    QCOMPARE(answers[1].first, 404);
}

void tst_SandboxHttp::idleConnectionIsClosed()
{
    SandboxFixture quick(withTimeouts(100, 60000));
    QVERIFY(quick.start());
    RawClient silent(quick.baseUrl());
    QVERIFY(silent.waitForClose()); // nothing sent at all
    QVERIFY(silent.received.isEmpty()); // closed without a word
    RawClient done(quick.baseUrl());
    done.socket.write(get(fields, quick.apiKey()));
    QVERIFY(done.waitForClose()); // answered, then idle
    QCOMPARE(done.responses(1).size(), 1);
}

void tst_SandboxHttp::headTooSlowIs408AndClosed()
{
    SandboxFixture quick(withTimeouts(60000, 100));
    QVERIFY(quick.start());
    RawClient slow(quick.baseUrl());
    slow.socket.write("GET " + fields + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // no end of head
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
    RawClient drip(quick.baseUrl());
    const QByteArray head = get(fields, quick.apiKey(), QByteArray("X-Pad: ").append(4000, 'x'));
    for (qsizetype i = 0; i < head.size() && !drip.closed; ++i) {
        drip.socket.write(head.mid(i, 1));
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
    RawClient client(m_sandbox.baseUrl());
    client.socket.write(request);
    const auto answers = client.responses(1);
    QVERIFY2(!answers.isEmpty(), client.received.constData());
    QCOMPARE(answers[0].first, status);
    if (closes)
        QVERIFY(client.waitForClose());
    else
        QVERIFY(!client.closed);
}

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_sandboxhttp.moc"
