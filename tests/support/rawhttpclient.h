// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

/// One client connection to a local server, written to and read from as raw bytes: for what
/// QNetworkAccessManager never sends (pipelined requests, a head byte by byte, bad heads).
class RawHttpClient
{
public:
    using Response = std::pair<int, QByteArray>; ///< status and body

    explicit RawHttpClient(const QUrl &baseUrl);

    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    /// Waits until `count` whole responses arrived or the connection ended; returns them all.
    QList<Response> responses(qsizetype count);
    /// Waits until the server ends the connection; false if it did not within 10 s.
    bool waitForClose();
    bool isClosed() const { return m_closed; }
    const QByteArray &received() const { return m_received; }

    /// A GET of `path` with the sandbox's bearer `key` and `extra` header lines.
    static QByteArray get(const QByteArray &path, const QString &key, const QByteArray &extra = {});
    /// The whole responses at the start of `bytes` (100 Continue left out).
    static QList<Response> responsesIn(const QByteArray &bytes);

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};
