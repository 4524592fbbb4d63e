// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "requestgate.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

class QTcpSocket;

/// The sandbox's HTTP front: every request reaches one handler (so unknown paths get
/// SendGrid's JSON 404 and wrong methods a 405), responses are written byte for byte (so
/// faults can stall, truncate or reset them), request heads pass a RequestGate (413, 100
/// Continue), and /__sandbox/faults is served to the sandbox key alone, never to a browser
/// page of another origin.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Reply = std::function<void(const SandboxResponse &)>;
    /// Answers a request through its Reply, at once or later (once a query has run).
    using Handler = std::function<void(const SandboxRequest &, const Reply &)>;

    SandboxHttpServer(Handler handler, const SandboxOptions &options, QObject *parent = nullptr);

    /// Listens on `address`; the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse controlFaults(const SandboxRequest &request);
    void respond(QTcpSocket *socket, const SandboxRequest &request);
    void faultyResponse(const SandboxRequest &request, const Fault &fault, const Reply &reply);
    /// Writes to `socket` unless it is gone by the time the answer is ready.
    Reply writerFor(QTcpSocket *socket, bool cutMidBody = false);
    void write(QTcpSocket *socket, SandboxResponse response, bool cutMidBody = false);
    static SandboxResponse rateLimited(SandboxResponse response, int limit, int resetSeconds);

    Handler m_handler;
    SandboxOptions m_options;
    FaultInjector m_faults;
    RequestGate *m_gate = nullptr;
};
