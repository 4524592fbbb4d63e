// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

/// The sandbox running on its own thread, for the GUI: start() returns at once and
/// started() or failed() follows; destroying it stops the server.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    void start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &problem);

private:
    SandboxOptions m_options;
    QThread m_thread;
    quint16 m_port = 0;
};
