// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxhttp.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;
struct HttpRequestParse;

/// One client connection of the sandbox: reads HTTP/1.1 requests one at a time and answers
/// them in order. A request pipelined behind another waits in the buffer until the one before
/// it is answered, however late that is (a latency fault). Heads and bodies are judged before
/// anyone handles them: a declared body over the limit gets 413 (at once when the client waits
/// for `100 Continue`), a client that waits for it gets `100 Continue`. A connection idle longer
/// than its idle time is closed, and so is one whose request head does not complete in time
/// (after a 408): a client that sends nothing, or a head byte by byte, cannot hold it open.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        int idleTimeoutMs = 60000;
        int headTimeoutMs = 10000;
    };

    /// Takes `socket` (connected) over.
    HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent = nullptr);

    /// Answers the request received last; the next one is read once this has been written.
    void respond(const SandboxResponse &response);
    /// Answers with the whole head but half the body, then resets the connection.
    void respondCutOff(const SandboxResponse &response);
    /// SendGrid's answer to a body over `maxBodyBytes`.
    static SandboxResponse tooLarge(qint64 maxBodyBytes);
    /// The bytes of `response` on the wire, announcing its whole body.
    static QByteArray serialize(const SandboxResponse &response);

Q_SIGNALS:
    /// A whole request arrived; answer it with respond() (now or later).
    void requestReceived(const SandboxRequest &request);

private:
    void onReadyRead();
    void readNext();
    void admit(const HttpRequestParse &parsed);
    /// The head is in, the body is not: 413 or 100 Continue now, or wait for more.
    void judgeHead(const HttpRequestParse &parsed);
    void refuse(SandboxResponse response);
    void waitForRequest();

    QPointer<QTcpSocket> m_socket;
    Limits m_limits;
    QByteArray m_buffer;
    QTimer m_idle; ///< between requests, and between the chunks of a body
    QTimer m_head; ///< from a request's first byte until its head is complete
    bool m_busy = false; ///< a request was handed on and is not answered yet
    bool m_closeAfter = false; ///< the request being answered asked for the connection's end
    bool m_closing = false;
    bool m_continued = false; ///< 100 Continue was sent for the request being read
};
