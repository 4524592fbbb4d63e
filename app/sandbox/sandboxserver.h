// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sandboxoptions.h"

#include <QObject>

#include <memory>

class SandboxApi;
class SandboxHttpServer;
class SandboxStore;

/// The whole emulator on the thread it lives on: store, seed data, endpoints, HTTP listener.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens the store, generates the data when it is new, and listens on 127.0.0.1.
    /// Stored segments are not evaluated here: a query the sandbox cannot handle becomes that
    /// segment's INVALID status, never a failed start.
    VoidResult start();
    quint16 port() const { return m_port; }

private:
    VoidResult seed();

    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr;
    quint16 m_port = 0;
};
