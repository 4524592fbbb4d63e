// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "sandboxoptions.h"

#include <QObject>

#include <memory>

class EvaluationPool;
class QTemporaryDir;
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
    /// Stored segments are not evaluated here: due ones are counted in the background once the
    /// event loop runs, and a query the sandbox cannot handle (or finish in time) becomes that
    /// segment's INVALID status, never a failed or stalled start.
    VoidResult start();
    quint16 port() const { return m_port; }

private:
    VoidResult seed();
    VoidResult countStarterSegments();
    QString dataDir();

    SandboxOptions m_options;
    /// Where the store lives when no data folder is given: evaluation threads need a file to
    /// open their own connections to (an in-memory database has one connection only).
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<EvaluationPool> m_pool;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr;
    quint16 m_port = 0;
};
