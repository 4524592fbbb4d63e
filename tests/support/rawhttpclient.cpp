// SPDX-License-Identifier: MIT
#include "rawhttpclient.h"

#include <QTest>

RawHttpClient::RawHttpClient(const QUrl &baseUrl)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
    m_socket.connectToHost(QHostAddress::LocalHost, quint16(baseUrl.port()));
    (void)m_socket.waitForConnected(5000);
}

QList<RawHttpClient::Response> RawHttpClient::responses(qsizetype count)
{
    (void)QTest::qWaitFor([&] { return m_closed || responsesIn(m_received).size() >= count; },
                          10000);
    return responsesIn(m_received);
}

bool RawHttpClient::waitForClose()
{
    return QTest::qWaitFor([&] { return m_closed; }, 10000);
}

QByteArray RawHttpClient::get(const QByteArray &path, const QString &key, const QByteArray &extra)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
        + "\r\n" + extra + "\r\n";
}

QList<RawHttpClient::Response> RawHttpClient::responsesIn(const QByteArray &bytes)
{
    QList<Response> out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            return out;
        const QByteArray head = bytes.mid(at, headEnd - at);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (bytes.size() < headEnd + 4 + length)
            return out;
        const int status = head.mid(9, 3).toInt();
        if (status != 100)
            out.append({status, bytes.mid(headEnd + 4, length)});
        at = headEnd + 4 + length;
    }
}
