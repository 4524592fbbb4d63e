// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox.h"

#include <QObject>
#include <QUrl>

#include <memory>

/// The sample-data profile's server: the sandbox on its own thread, its store in the app's data
/// folder, and "Reset sample data" (stop, remove the store, generate it again).
class SampleData : public QObject
{
    Q_OBJECT

public:
    explicit SampleData(SandboxOptions options, QObject *parent = nullptr);
    ~SampleData() override;

    void start();
    /// Stops the server, removes every change made to the sample data and starts again;
    /// ready() or failed() follows as after start().
    void reset();
    QUrl baseUrl() const;
    static QString apiKey() { return SandboxOptions::defaultApiKey(); }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &problem);

private:
    SandboxOptions m_options;
    std::unique_ptr<Sandbox> m_sandbox;
};
