// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "httpconnection.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

/// The sandbox's HTTP front: every request reaches one handler (so unknown paths get
/// SendGrid's JSON 404 and wrong methods a 405), each connection is an HttpConnection (requests
/// in order, 413, 100 Continue, idle and head timeouts), faults can delay, stall, cut or reset
/// answers, and /__sandbox/faults is served to the sandbox key alone, never to a browser page
/// of another origin.
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const SandboxResponse &)>;
    /// Answers a request through its Reply, at once or later (once a query has run).
    using Handler = std::function<void(const SandboxRequest &, const Reply &)>;

    SandboxHttpServer(Handler handler, const SandboxOptions &options, QObject *parent = nullptr);

    /// Listens on `address`; the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void accept();
    void respond(HttpConnection *connection, const SandboxRequest &request);
    SandboxResponse controlFaults(const SandboxRequest &request);
    void faultyResponse(const SandboxRequest &request, const Fault &fault, const Reply &reply);
    /// Answers on `connection` unless it is gone by the time the answer is ready.
    Reply writerFor(HttpConnection *connection, bool cutOff = false);
    SandboxResponse rateLimited(SandboxResponse response, int limit, int resetSeconds) const;

    Handler m_handler;
    SandboxOptions m_options;
    HttpConnection::Limits m_limits;
    FaultInjector m_faults;
    QTcpServer *m_server;
};
