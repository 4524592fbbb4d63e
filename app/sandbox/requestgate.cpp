// SPDX-License-Identifier: MIT
#include "requestgate.h"

#include <QTcpSocket>

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

RequestGate::RequestGate(qint64 maxBodyBytes, QObject *httpServer, Writer write)
    : QTcpServer(httpServer)
    , m_maxBodyBytes(maxBodyBytes)
    , m_httpServer(httpServer)
    , m_write(std::move(write))
{ }

SandboxResponse RequestGate::tooLarge() const
{
    SandboxResponse response = SandboxResponse::fieldError(
        413, {}, QStringLiteral("request body too large: at most %1 bytes").arg(m_maxBodyBytes));
    response.headers.append(std::pair<QByteArray, QByteArray>("Connection", "close"));
    return response;
}

void RequestGate::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before QAbstractHttpServer connects its own reader (when it takes the pending
    // connection), so each chunk is seen here first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_heads.remove(socket); });
    addPendingConnection(socket);
}

void RequestGate::requestHandled(QTcpSocket *socket)
{
    m_heads.insert(socket, {});
}

void RequestGate::inspect(QTcpSocket *socket)
{
    Head &head = m_heads[socket];
    if (head.discard > 0) {
        head.discard -= socket->readAll().size();
        if (head.discard <= 0)
            socket->disconnectFromHost();
        return;
    }
    if (head.complete || head.seen.size() > maxHeadBytes)
        return; // body bytes, or a head too long to judge: QAbstractHttpServer decides
    // peek(), not read(): QAbstractHttpServer reads the same bytes right after this.
    head.seen += socket->peek(socket->bytesAvailable());
    if (head.seen.contains("\r\n\r\n"))
        admit(socket, head);
}

void RequestGate::admit(QTcpSocket *socket, Head &head)
{
    head.complete = true;
    const qsizetype headEnd = head.seen.indexOf("\r\n\r\n") + 4;
    const QByteArray text = head.seen.left(headEnd);
    bool known = false;
    const qint64 declared = headerValue(text, "Content-Length").toLongLong(&known);
    const bool expects
        = headerValue(text, "Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    const qint64 arrived = head.seen.size() - headEnd;
    if (known && declared > m_maxBodyBytes)
        return refuse(socket, head, declared - arrived, expects && arrived == 0);
    if (expects && (!known || arrived < declared))
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

// Answered before the body is read; the body that follows anyway is read away, so the client
// sees the 413 rather than a reset. A client that waits for 100 Continue sends no body at all.
void RequestGate::refuse(QTcpSocket *socket, Head &head, qint64 remaining, bool clientWaits)
{
    disconnect(socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    m_write(socket, tooLarge());
    // A body far over the limit is not worth reading away: close, whatever the client sees.
    if (clientWaits || remaining > 16 * m_maxBodyBytes) {
        socket->disconnectFromHost();
        return;
    }
    head.discard = remaining;
    head.discard -= socket->readAll().size();
    if (head.discard <= 0)
        socket->disconnectFromHost();
}
