// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

/// A small HTTP/1.1 server on 127.0.0.1 that answers each request as the test tells it.
/// Modelled on qtbase's httptestserver: real sockets, keep-alive, no mocks.
class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QUrl url; ///< path and query as sent
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };

    struct Reply
    {
        enum class Behaviour {
            Normal, ///< full response
            Stall, ///< read the request, never answer
            ResetMidBody, ///< announce the full length, send half, close
            Close ///< close without answering
        };
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Behaviour behaviour = Behaviour::Normal;

        static Reply json(int status, const QByteArray &body);
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;
    /// Starts listening on a free loopback port; false if that failed.
    bool start();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const LoopbackServer::Request &request);
    /// A connection closed: by the client (a cancelled request aborts its own) or by a reply
    /// that closes or resets it.
    void clientDisconnected();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
