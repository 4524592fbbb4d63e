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
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxHttpServer(Handler handler, const SandboxOptions &options, QObject *parent = nullptr);

    /// Listens on `address`; the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void accept();
    void respond(HttpConnection *connection, const SandboxRequest &request);
    SandboxResponse controlFaults(const SandboxRequest &request);
    SandboxResponse faultyResponse(const SandboxRequest &request, const Fault &fault);
    static SandboxResponse rateLimited(SandboxResponse response, int limit, int resetSeconds);

    Handler m_handler;
    SandboxOptions m_options;
    HttpConnection::Limits m_limits;
    FaultInjector m_faults;
    QTcpServer *m_server;
};
