// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "common/sandboxprotocol.h"

#include "httprequestparser.h"

#include <QHash>
#include <QTcpSocket>
#include <QUrl>

using Status = HttpRequestParse::Status;

namespace {

// Read from the kernel only this far ahead while a request is being answered: a client that
// pipelines without end meets TCP's back-pressure instead of filling the sandbox's memory.
constexpr qint64 readAhead = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {{200, "OK"},
                                                   {201, "Created"},
                                                   {202, "Accepted"},
                                                   {204, "No Content"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {405, "Method Not Allowed"},
                                                   {408, "Request Timeout"},
                                                   {413, "Payload Too Large"},
                                                   {429, "Too Many Requests"},
                                                   {431, "Request Header Fields Too Large"},
                                                   {500, "Internal Server Error"},
                                                   {502, "Bad Gateway"},
                                                   {503, "Service Unavailable"},
                                                   {504, "Gateway Timeout"}};
    return phrases.value(status, "Status");
}

// The target's path (decoded) and query, from its origin form (/path?query) or absolute form.
void readTarget(QByteArray target, SandboxRequest &r)
{
    if (const qsizetype scheme = target.indexOf("://"); scheme > 0 && !target.startsWith('/')) {
        const qsizetype path = target.indexOf('/', scheme + 3);
        target = path < 0 ? QByteArrayLiteral("/") : target.mid(path);
    }
    if (const qsizetype fragment = target.indexOf('#'); fragment >= 0)
        target.truncate(fragment);
    const qsizetype mark = target.indexOf('?');
    QUrl url;
    url.setPath(QString::fromUtf8(mark < 0 ? target : target.left(mark)), QUrl::TolerantMode);
    if (mark >= 0)
        url.setQuery(QString::fromUtf8(target.mid(mark + 1)));
    r.path = url.path();
    r.query = QUrlQuery(url.query());
}

SandboxRequest requestFrom(const HttpRequestParse &parsed)
{
    SandboxRequest r;
    r.method = parsed.method;
    readTarget(parsed.target, r);
    r.body = parsed.body;
    r.authorization = parsed.header("Authorization");
    r.origin = parsed.header("Origin");
    r.fetchSite = parsed.header("Sec-Fetch-Site");
    return r;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    socket->setParent(this);
    socket->setReadBufferSize(readAhead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleTimeoutMs);
    m_head.setSingleShot(true);
    m_head.setInterval(limits.headTimeoutMs);
    // An idle client is let go without a word: a 408 could pass for the answer to a request it
    // sends at that very moment.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_closing = true;
        m_socket->disconnectFromHost();
    });
    connect(&m_head, &QTimer::timeout, this, [this] {
        refuse(SandboxResponse::fieldError(
            408, {}, QStringLiteral("the request head did not arrive in time")));
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readNext);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    readNext();
}

SandboxResponse HttpConnection::tooLarge(qint64 maxBodyBytes)
{
    return SandboxResponse::fieldError(
        413, {}, QStringLiteral("request body too large: at most %1 bytes").arg(maxBodyBytes));
}

QByteArray HttpConnection::serialize(const SandboxResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    // Says "this is the sandbox", so that the app asks it what SendGrid has no endpoint for.
    out += QByteArray(SandboxProtocol::IdentityHeader) + ": 1\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    return out + response.body;
}

void HttpConnection::respond(const SandboxResponse &response)
{
    if (!m_busy || m_closing)
        return;
    m_busy = false;
    if (m_closeAfter)
        return refuse(response); // as asked: the answer, then the end
    m_socket->write(serialize(response));
    // The next request (pipelined, or sent meanwhile) is read from the event loop: reading it
    // here would recurse once per request of a long pipeline.
    QMetaObject::invokeMethod(this, &HttpConnection::readNext, Qt::QueuedConnection);
}

void HttpConnection::respondCutOff(const SandboxResponse &response)
{
    if (!m_busy || m_closing)
        return;
    m_closing = true;
    const QByteArray whole = serialize(response);
    const qsizetype headBytes = whole.size() - response.body.size();
    m_socket->write(whole.left(headBytes + response.body.size() / 2));
    m_socket->flush();
    m_socket->abort();
    deleteLater();
}

// A request is read only once the one before it is answered: answers go out in order.
void HttpConnection::readNext()
{
    if (m_busy || m_closing)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.isEmpty())
        return waitForRequest();
    const HttpRequestParse parsed = HttpRequestParser::parse(m_buffer, m_limits.maxBodyBytes);
    switch (parsed.status) {
    case Status::Malformed:
        return refuse(SandboxResponse::fieldError(
            400, {}, QStringLiteral("malformed request: %1").arg(parsed.problem)));
    case Status::HeadTooLarge:
        return refuse(SandboxResponse::fieldError(
            431, {},
            QStringLiteral("request head over %1 bytes").arg(HttpRequestParser::maxHeadBytes)));
    case Status::BodyTooLarge:
        return refuse(tooLarge(m_limits.maxBodyBytes));
    case Status::Complete:
        return admit(parsed);
    case Status::Incomplete:
        break;
    }
    m_idle.stop();
    if (parsed.headComplete)
        return judgeHead(parsed);
    if (!m_head.isActive() && m_limits.headTimeoutMs > 0)
        m_head.start(); // from the first byte on, however slowly the rest comes
}

void HttpConnection::judgeHead(const HttpRequestParse &parsed)
{
    m_head.stop();
    const qint64 arrived = m_buffer.size() - parsed.headBytes;
    const qint64 declared = parsed.declaredLength.value_or(0);
    if (declared > m_limits.maxBodyBytes) {
        // A client that waits for 100 Continue is answered at once and sends no body. One that
        // sends it anyway is answered after it, because a client still uploading takes an early
        // answer and a close for a broken connection; only a body far over the limit is cut
        // short without being read.
        if ((parsed.expectsContinue() && arrived == 0)
            || declared - arrived > 16 * m_limits.maxBodyBytes)
            return refuse(tooLarge(m_limits.maxBodyBytes));
    } else if (parsed.expectsContinue() && !m_continued) {
        m_continued = true;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_limits.idleTimeoutMs > 0)
        m_idle.start(); // a body that stops arriving is given up after the idle time
}

void HttpConnection::admit(const HttpRequestParse &parsed)
{
    m_buffer.remove(0, parsed.consumed);
    m_head.stop();
    m_idle.stop();
    m_continued = false;
    if (parsed.declaredLength.value_or(0) > m_limits.maxBodyBytes)
        return refuse(tooLarge(m_limits.maxBodyBytes));
    m_busy = true;
    m_closeAfter = !parsed.keepAlive();
    Q_EMIT requestReceived(requestFrom(parsed));
}

// Answers and ends the connection: what follows on it cannot be read as a request.
void HttpConnection::refuse(SandboxResponse response)
{
    m_head.stop();
    m_idle.stop();
    m_closing = true;
    response.headers.append(std::pair<QByteArray, QByteArray>("Connection", "close"));
    m_socket->write(serialize(response));
    m_socket->disconnectFromHost();
}

void HttpConnection::waitForRequest()
{
    m_head.stop();
    if (m_limits.idleTimeoutMs > 0)
        m_idle.start();
}
