// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "retrypolicy.h"

#include "common/clock.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

/// What the last response said about the rate limit of the endpoint it came from.
struct RateLimitState
{
    int limit = -1; ///< -1: not reported yet
    int remaining = -1;
    QDateTime reset; ///< UTC
};

/// The one connection to a SendGrid-compatible server: base URL, bearer key, timeouts, retries,
/// rate-limit state. Builds every request; the services turn its calls into typed results.
class SendGridClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *DefaultBaseUrl = "https://api.sendgrid.com";
    static constexpr const char *EuBaseUrl = "https://api.eu.sendgrid.com";

    explicit SendGridClient(QObject *parent = nullptr);
    ~SendGridClient() override;

    /// Why `url` cannot be a base URL (plain http to a non-loopback host, no host, …), or empty.
    static QString baseUrlProblem(const QUrl &url);
    static bool isLoopback(const QString &host);

    /// Sets the server; fails with the reason when `url` is refused (and keeps the old one).
    VoidResult setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /// The server runs on this computer: never a SendGrid account, which is only reached over
    /// HTTPS at a remote host. The sandbox's own endpoints are refused unsent otherwise.
    bool isLocal() const { return isLoopback(m_baseUrl.host()); }
    /// A local server that answered as the sandbox (SandboxProtocol::IdentityHeader).
    bool isSandbox() const { return m_sandboxSeen && isLocal(); }
    /// Sets the bearer key; fails with the reason when it is not a usable header value.
    VoidResult setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    /// A read-only profile's client: every write (POST, PATCH, PUT, DELETE, except search())
    /// finishes with ApiError::Kind::Refused and sends nothing, whichever code asks for it.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    /// At most MaxTimeout: QNetworkRequest takes milliseconds as an int.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setClock(Clock *clock) { m_clock = clock; }
    /// The time its callers read too, so that a test sets one clock for the whole window.
    Clock *clock() const { return m_clock ? m_clock : Clock::system(); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    RateLimitState rateLimit() const { return m_rateLimit; }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    /// Whether a failed call may be repeated under the client's RetryPolicy.
    enum class Retries { Policy, Never };
    ApiCall *post(const QString &path, const QJsonObject &body, Retries retries = Retries::Policy);
    /// A POST that changes nothing (the contacts search): allowed on a read-only client, and a
    /// failed one never leaves a change that "may have been applied".
    ApiCall *search(const QString &path, const QJsonObject &body);
    ApiCall *patch(const QString &path, const QJsonObject &body);
    ApiCall *deleteResource(const QString &path);

    /// `prefix` and `id` percent-encoded as one path segment, so an id can never change the
    /// route; an id that is a dot segment ("." or "..") or empty is refused when sent.
    static QString pathWithId(const QString &prefix, const QString &id);
    /// Why `id` is not an id of SendGrid's (UUIDs; letters, digits, '-' and '_' pass, for
    /// other servers' ids), or empty. For refusing what a user typed before anything is sent.
    static QString idProblem(const QString &id);

    static constexpr std::chrono::milliseconds MaxTimeout {std::chrono::hours(24)};

Q_SIGNALS:
    void rateLimitChanged(const RateLimitState &state);

private:
    enum class Effect { Reads, Writes };
    ApiCall *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, Retries retries = Retries::Policy,
                  Effect effect = Effect::Writes);
    /// Why this request must not be sent, or empty.
    QString refusal(const QByteArray &method, const QString &path, Effect effect) const;
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query) const;
    void updateRateLimit(const HttpResponse &response);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    std::chrono::milliseconds m_timeout {30000};
    RetryPolicy m_retry;
    Clock *m_clock = nullptr;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    RateLimitState m_rateLimit;
    bool m_readOnly = false;
    bool m_sandboxSeen = false; ///< since the base URL was set
};

Q_DECLARE_METATYPE(RateLimitState)
