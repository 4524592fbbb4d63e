// SPDX-License-Identifier: MIT
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

/// A TLS server on 127.0.0.1 with a self-signed certificate made for the test by `openssl`,
/// so a client that checks certificates (as SendGridClient does) must refuse it.
class TlsLoopbackServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsLoopbackServer(QObject *parent = nullptr);
    /// Makes the certificate and starts listening; false (with a QWARN) when either failed.
    bool start();
    QUrl baseUrl() const;
    /// TCP connections accepted so far: one per attempt the client made.
    int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    bool makeCertificate();

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
};
