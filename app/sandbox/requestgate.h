// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxhttp.h"

#include <QHash>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

/// The sandbox's listening socket. It reads each request's head before QAbstractHttpServer
/// reads the body, because QHttpServer 6.4 neither answers `Expect: 100-continue` (curl then
/// waits a second before sending any body over 1 KB) nor limits a body's size: a declared
/// Content-Length over the limit is answered 413 before its body is read.
class RequestGate : public QTcpServer
{
    Q_OBJECT

public:
    using Writer = std::function<void(QTcpSocket *, const SandboxResponse &)>;

    /// `httpServer` is the QAbstractHttpServer reading these sockets; `write` sends a response.
    RequestGate(qint64 maxBodyBytes, QObject *httpServer, Writer write);

    /// The request on `socket` has been answered: the next bytes begin a new head.
    void requestHandled(QTcpSocket *socket);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    /// SendGrid's answer to a body over the limit.
    SandboxResponse tooLarge() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Head
    {
        QByteArray seen;
        bool complete = false;
    };

    void inspect(QTcpSocket *socket);
    void admit(QTcpSocket *socket, Head &head);
    void refuse(QTcpSocket *socket, qint64 remaining, bool clientWaits);

    qint64 m_maxBodyBytes;
    QObject *m_httpServer;
    Writer m_write;
    QHash<QTcpSocket *, Head> m_heads;
};
