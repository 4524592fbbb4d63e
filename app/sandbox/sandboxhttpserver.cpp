// SPDX-License-Identifier: MIT
#include "sandboxhttpserver.h"

#include "sandboxclock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QString controlPath = QStringLiteral("/__sandbox/faults");

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, const SandboxOptions &options,
                                     QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(options)
    , m_limits {options.maxBodyBytes, options.idleTimeoutMs, options.headTimeoutMs}
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxHttpServer::accept);
}

quint16 SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}

void SandboxHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const SandboxRequest &r) { respond(connection, r); });
    }
}

SandboxHttpServer::Reply SandboxHttpServer::writerFor(HttpConnection *connection, bool cutOff)
{
    return [target = QPointer(connection), cutOff](const SandboxResponse &response) {
        if (target)
            cutOff ? target->respondCutOff(response) : target->respond(response);
    };
}

void SandboxHttpServer::respond(HttpConnection *connection, const SandboxRequest &request)
{
    if (m_options.faults && request.path == controlPath)
        return connection->respond(controlFaults(request));
    const auto fault = m_faults.take(request.method, request.path);
    if (!fault)
        return m_handler(request, writerFor(connection));
    switch (fault->kind) {
    case Fault::Kind::Latency:
        QTimer::singleShot(fault->delayMs, this, [this, request, target = QPointer(connection)] {
            if (target)
                m_handler(request, writerFor(target));
        });
        return;
    case Fault::Kind::Stall:
        return; // the connection stays open and silent until the client gives up
    case Fault::Kind::Reset:
        return m_handler(request, writerFor(connection, true));
    case Fault::Kind::RateLimit:
        return connection->respond(
            rateLimited(SandboxResponse::fieldError(429, {}, QStringLiteral("too many requests")),
                        m_options.rateLimitPerMinute, fault->resetSeconds));
    default:
        return faultyResponse(request, *fault, writerFor(connection));
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
        if (fault.apply)
            m_handler(request, [](const SandboxResponse &) {});
        return reply(SandboxResponse::fieldError(
            fault.status, {}, QStringLiteral("injected failure (%1)").arg(fault.status)));
    }
}

SandboxResponse SandboxHttpServer::rateLimited(SandboxResponse response, int limit,
                                               int resetSeconds) const
{
    const qint64 reset = SandboxClock(m_options.clock, m_options.timeScale).now().toSecsSinceEpoch()
        + resetSeconds;
    response.headers += {{"X-RateLimit-Limit", QByteArray::number(limit)},
                         {"X-RateLimit-Remaining", "0"},
                         {"X-RateLimit-Reset", QByteArray::number(reset)}};
    return response;
}
