// SPDX-License-Identifier: MIT
#include "sandboxhttpserver.h"

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

SandboxHttpServer::SandboxHttpServer(Handler handler, bool faultsEnabled, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faultsEnabled(faultsEnabled)
{ }

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.authorization = request.value("Authorization");
    respond(socket, r);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SandboxResponse::fieldError(404, {}, QStringLiteral("resource not found")));
}

void SandboxHttpServer::respond(QTcpSocket *socket, const SandboxRequest &request)
{
    if (m_faultsEnabled && request.path == controlPath)
        return write(socket, controlFaults(request));
    const auto fault = m_faults.take(request.method, request.path);
    if (!fault)
        return write(socket, withRateLimit(m_handler(request)));
    switch (fault->kind) {
    case Fault::Kind::Latency:
        QTimer::singleShot(fault->delayMs, this, [this, request, target = QPointer(socket)] {
            if (target)
                write(target, withRateLimit(m_handler(request)));
        });
        return;
    case Fault::Kind::Stall:
        return; // the connection stays open and silent until the client gives up
    case Fault::Kind::Reset:
        write(socket, withRateLimit(m_handler(request)), true);
        return socket->abort();
    default:
        return write(socket,
                     withRateLimit(faultyResponse(request, *fault),
                                   fault->kind == Fault::Kind::RateLimit, fault->resetSeconds));
    }
}

SandboxResponse SandboxHttpServer::controlFaults(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_faults.clear();
        return SandboxResponse::empty(204);
    }
    if (request.method == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        const QString problem = error.error != QJsonParseError::NoError
            ? error.errorString()
            : m_faults.add(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (!problem.isEmpty())
            return SandboxResponse::fieldError(400, QStringLiteral("faults"), problem);
    }
    return SandboxResponse::json(200, {{QStringLiteral("faults"), m_faults.describe()}});
}

// The answer a fault puts in place of (or makes of) the real one; delivery faults (latency,
// stall, reset) are handled in respond().
SandboxResponse SandboxHttpServer::faultyResponse(const SandboxRequest &request, const Fault &fault)
{
    SandboxResponse response = SandboxResponse::json(200, {});
    switch (fault.kind) {
    case Fault::Kind::RateLimit:
        return SandboxResponse::fieldError(429, {}, QStringLiteral("too many requests"));
    case Fault::Kind::Truncate:
        response = m_handler(request);
        response.body.chop(qMax<qsizetype>(1, response.body.size() / 2));
        return response;
    case Fault::Kind::Malformed:
        response.body = "{\"results\": [ this is not JSON";
        return response;
    case Fault::Kind::Oversize:
        response.body = "{\"padding\":\"" + QByteArray(fault.bytes, 'x') + "\"}";
        return response;
    default:
        return SandboxResponse::fieldError(
            fault.status, {}, QStringLiteral("injected failure (%1)").arg(fault.status));
    }
}

SandboxResponse SandboxHttpServer::withRateLimit(SandboxResponse response, bool exhausted,
                                                 int resetSeconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_windowStart.isValid() || m_windowStart.secsTo(now) >= 60) {
        m_windowStart = now;
        m_used = 0;
    }
    ++m_used;
    const qint64 reset = exhausted ? now.toSecsSinceEpoch() + resetSeconds
                                   : m_windowStart.addSecs(60).toSecsSinceEpoch();
    const int remaining = exhausted ? 0 : qMax(0, rateLimitPerMinute - m_used);
    response.headers += {{"X-RateLimit-Limit", QByteArray::number(rateLimitPerMinute)},
                         {"X-RateLimit-Remaining", QByteArray::number(remaining)},
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
