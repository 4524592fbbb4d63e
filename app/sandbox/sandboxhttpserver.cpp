// SPDX-License-Identifier: MIT
#include "sandboxhttpserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QString controlPath = QStringLiteral("/__sandbox/faults");

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
                                                   {500, "Internal Server Error"},
                                                   {502, "Bad Gateway"},
                                                   {503, "Service Unavailable"},
                                                   {504, "Gateway Timeout"}};
    return phrases.value(status, "Status");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, const SandboxOptions &options,
                                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_options(options)
{ }

quint16 SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_gate = new RequestGate(
        m_options.maxBodyBytes, this,
        [this](QTcpSocket *socket, const SandboxResponse &response) { write(socket, response); });
    if (!m_gate->listen(address, port))
        return 0;
    bind(m_gate);
    return m_gate->serverPort();
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_gate->requestHandled(socket);
    // A chunked body declares no length up front: it is measured here instead.
    if (request.body().size() > m_gate->maxBodyBytes()) {
        write(socket, m_gate->tooLarge());
        socket->disconnectFromHost();
        return true;
    }
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.authorization = request.value("Authorization");
    r.origin = request.value("Origin");
    r.fetchSite = request.value("Sec-Fetch-Site");
    respond(socket, r);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    m_gate->requestHandled(socket);
    write(socket, SandboxResponse::fieldError(404, {}, QStringLiteral("resource not found")));
}

SandboxHttpServer::Reply SandboxHttpServer::writerFor(QTcpSocket *socket, bool cutMidBody)
{
    return [this, target = QPointer(socket), cutMidBody](const SandboxResponse &response) {
        if (!target)
            return;
        write(target, response, cutMidBody);
        if (cutMidBody)
            target->abort();
    };
}

void SandboxHttpServer::respond(QTcpSocket *socket, const SandboxRequest &request)
{
    if (m_options.faults && request.path == controlPath)
        return write(socket, controlFaults(request));
    const auto fault = m_faults.take(request.method, request.path);
    if (!fault)
        return m_handler(request, writerFor(socket));
    switch (fault->kind) {
    case Fault::Kind::Latency:
        QTimer::singleShot(fault->delayMs, this, [this, request, target = QPointer(socket)] {
            if (target)
                m_handler(request, writerFor(target));
        });
        return;
    case Fault::Kind::Stall:
        return; // the connection stays open and silent until the client gives up
    case Fault::Kind::Reset:
        return m_handler(request, writerFor(socket, true));
    case Fault::Kind::RateLimit:
        return write(
            socket,
            rateLimited(SandboxResponse::fieldError(429, {}, QStringLiteral("too many requests")),
                        m_options.rateLimitPerMinute, fault->resetSeconds));
    default:
        return faultyResponse(request, *fault, writerFor(socket));
    }
}

// A page in a browser can reach 127.0.0.1 too; it must not be able to plant faults. Browsers
// mark such requests with Origin (and Sec-Fetch-Site), which tests and tools do not send.
SandboxResponse SandboxHttpServer::controlFaults(const SandboxRequest &request)
{
    const bool sameOrigin = request.fetchSite.isEmpty() || request.fetchSite == "same-origin"
        || request.fetchSite == "none";
    if (!request.origin.isEmpty() || !sameOrigin)
        return SandboxResponse::fieldError(403, {},
                                           QStringLiteral("the fault control surface refuses "
                                                          "requests from browser pages"));
    if (request.acceptedKey(m_options.acceptedKeys()).isEmpty())
        return SandboxResponse::fieldError(401, {}, QStringLiteral("authorization required"));
    if (request.method == "DELETE") {
        m_faults.clear();
        return SandboxResponse::empty(204);
    }
    if (request.method == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        const VoidResult added = error.error != QJsonParseError::NoError
            ? VoidResult::failure(error.errorString())
            : m_faults.add(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (!added.isOk())
            return SandboxResponse::fieldError(400, QStringLiteral("faults"), added.error());
    }
    return SandboxResponse::json(200, {{QStringLiteral("faults"), m_faults.describe()}});
}

// The answer a fault puts in place of (or makes of) the real one; delivery faults (latency,
// stall, reset) are handled in respond().
void SandboxHttpServer::faultyResponse(const SandboxRequest &request, const Fault &fault,
                                       const Reply &reply)
{
    SandboxResponse response = SandboxResponse::json(200, {});
    switch (fault.kind) {
    case Fault::Kind::Truncate:
        return m_handler(request, [reply](const SandboxResponse &whole) {
            SandboxResponse cut = whole;
            cut.body.chop(qMax<qsizetype>(1, cut.body.size() / 2));
            reply(cut);
        });
    case Fault::Kind::Malformed:
        response.body = "{\"results\": [ this is not JSON";
        return reply(response);
    case Fault::Kind::Oversize:
        response.body = "{\"padding\":\"" + QByteArray(fault.bytes, 'x') + "\"}";
        return reply(response);
    default:
        return reply(SandboxResponse::fieldError(
            fault.status, {}, QStringLiteral("injected failure (%1)").arg(fault.status)));
    }
}

SandboxResponse SandboxHttpServer::rateLimited(SandboxResponse response, int limit,
                                               int resetSeconds)
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + resetSeconds;
    response.headers += {{"X-RateLimit-Limit", QByteArray::number(limit)},
                         {"X-RateLimit-Remaining", "0"},
                         {"X-RateLimit-Reset", QByteArray::number(reset)}};
    return response;
}

// cutMidBody announces the whole body but sends only half of it (a connection reset follows).
void SandboxHttpServer::write(QTcpSocket *socket, SandboxResponse response, bool cutMidBody)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    const qint64 declared = response.body.size();
    out += "Content-Length: " + QByteArray::number(declared) + "\r\n\r\n";
    out += cutMidBody ? response.body.left(declared / 2) : response.body;
    socket->write(out);
    if (cutMidBody)
        socket->flush();
}
