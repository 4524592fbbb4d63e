// SPDX-License-Identifier: MIT
#pragma once

#include "movableclock.h"
#include "sandbox/sandbox.h"
#include "sandboxhttp.h"

#include <memory>

class SendGridClient;

/// An in-process sandbox on its own thread, as the GUI runs it, with SandboxHttp to it. Its
/// clock is the fixture's (unless the options name one): give it to the window too, and move both.
class SandboxFixture
{
public:
    explicit SandboxFixture(SandboxOptions options = defaults());
    ~SandboxFixture();

    static SandboxOptions defaults(); ///< 2,000 contacts, seed 7, time scale 1,000, faults on
    bool start(); ///< false (with a QWARN) when the sandbox did not come up in time
    QUrl baseUrl() const { return m_sandbox->baseUrl(); }
    QString apiKey() const { return m_options.acceptedKeys().constFirst(); }
    MovableClock &clock() { return m_clock; }
    /// A client of this sandbox with its key (after start()); null when either was refused.
    std::unique_ptr<SendGridClient> client() const;

    /// Raw HTTP to this sandbox (after start()); see SandboxHttp::send.
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QByteArray &body = {}, const QByteArray &authorization = {})
    {
        return m_http->send(method, path, operationPath, body, authorization);
    }
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QJsonObject &body)
    {
        return m_http->send(method, path, operationPath, body);
    }
    Exchange sendWithHeaders(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QByteArray &authorization,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        return m_http->sendWithHeaders(method, path, body, authorization, headers);
    }
    bool injectFault(const QJsonObject &fault);
    /// The segments as listed now (GET /v3/marketing/segments/2.0, its `results`).
    QJsonArray segments();
    /// POSTs a segment: its id, or empty (with a warning) when the sandbox refused it.
    QString createSegment(const QString &name, const QString &query);
    /// The segment once its validation is decided: a read waits for the segment's evaluation,
    /// and answers PENDING before its validation time, so this reads until it is not PENDING.
    QJsonObject settledSegment(const QString &id);

    const QList<Exchange> &exchanges() const { return m_http->exchanges(); }

private:
    MovableClock m_clock; ///< before the sandbox, which reads it until it is gone
    SandboxOptions m_options;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
};
