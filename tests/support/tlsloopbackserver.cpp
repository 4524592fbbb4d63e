// SPDX-License-Identifier: MIT
#include "tlsloopbackserver.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>

TlsLoopbackServer::TlsLoopbackServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool TlsLoopbackServer::makeCertificate()
{
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl req failed: %s", openssl.readAllStandardError().constData());
        return false;
    }
    QFile certFile(cert), keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull();
}

bool TlsLoopbackServer::start()
{
    if (!QSslSocket::supportsSsl()) {
        qWarning("no TLS backend");
        return false;
    }
    return m_dir.isValid() && makeCertificate() && listen(QHostAddress::LocalHost, 0);
}

QUrl TlsLoopbackServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

void TlsLoopbackServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    // The client is expected to refuse the certificate; a request that got through stays
    // unanswered, and the test's timeout names that failure.
    socket->startServerEncryption();
}
