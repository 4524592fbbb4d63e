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
        return refuse(socket, declared - arrived, expects && arrived == 0);
    if (expects && (!known || arrived < declared))
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

// A client that waits for 100 Continue is answered at once and sends no body. One that sends
// it anyway is answered after it (by SandboxHttpServer), because a client still uploading
// takes an early answer and a close for a broken connection; only a body far over the limit
// is cut short without being read.
void RequestGate::refuse(QTcpSocket *socket, qint64 remaining, bool clientWaits)
{
    if (!clientWaits && remaining <= 16 * m_maxBodyBytes)
        return;
    disconnect(socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    m_write(socket, tooLarge());
    socket->disconnectFromHost();
}
