// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "sandboxhttp.h"

#include <QAbstractHttpServer>
#include <QDateTime>

#include <functional>

class QTcpSocket;

/// The sandbox's HTTP front: every request reaches one handler (so unknown paths get
/// SendGrid's JSON 404 and wrong methods a 405), responses are written byte for byte (so
/// faults can stall, truncate or reset them), and every response carries X-RateLimit-*.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxHttpServer(Handler handler, bool faultsEnabled, QObject *parent = nullptr);

    static constexpr int rateLimitPerMinute = 600;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse controlFaults(const SandboxRequest &request);
    void respond(QTcpSocket *socket, const SandboxRequest &request);
    SandboxResponse faultyResponse(const SandboxRequest &request, const Fault &fault);
    void write(QTcpSocket *socket, SandboxResponse response, bool cutMidBody = false);
    SandboxResponse withRateLimit(SandboxResponse response, bool exhausted = false,
                                  int resetSeconds = 0);

    Handler m_handler;
    bool m_faultsEnabled;
    FaultInjector m_faults;
    QDateTime m_windowStart;
    int m_used = 0;
};
