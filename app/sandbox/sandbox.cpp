// SPDX-License-Identifier: MIT
#include "sandbox.h"

#include "sandboxserver.h"

#include <QPointer>

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

Sandbox::~Sandbox()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void Sandbox::start()
{
    auto *server = new SandboxServer(m_options);
    server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread.start();
    QPointer<Sandbox> self(this);
    // The server and its database connection are created and used on the sandbox thread only.
    QMetaObject::invokeMethod(
        server,
        [server, self] {
            const VoidResult result = server->start();
            const quint16 port = server->port();
            QMetaObject::invokeMethod(
                self,
                [self, result, port] {
                    if (!self)
                        return;
                    self->m_port = result.isOk() ? port : 0;
                    result.isOk() ? emit self->started(port) : emit self->failed(result.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
