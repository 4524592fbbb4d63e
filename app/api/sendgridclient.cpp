// SPDX-License-Identifier: MIT
#include "sendgridclient.h"

#include "common/sandboxprotocol.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <algorithm>

SendGridClient::SendGridClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_baseUrl(QString::fromLatin1(DefaultBaseUrl))
{
    // Redirects could carry the bearer header to another host; SendGrid's API never redirects.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SendGridClient::~SendGridClient() = default;

bool SendGridClient::isLoopback(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString SendGridClient::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiError",
                                           "The server address must be a full URL such as %1.")
            .arg(QString::fromLatin1(DefaultBaseUrl));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ApiError", "The server address may not contain a query, fragment or user name.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return {};
    if (scheme == QStringLiteral("http")) {
        if (isLoopback(url.host()))
            return {};
        return QCoreApplication::translate(
                   "ApiError",
                   "Plain http:// is only allowed for this computer (loopback); "
                   "use https:// for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("ApiError", "Unsupported scheme \"%1\"; use https://.")
        .arg(url.scheme());
}

VoidResult SendGridClient::setBaseUrl(const QUrl &url)
{
    const QString problem = baseUrlProblem(url);
    if (!problem.isEmpty())
        return VoidResult::failure(problem);
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    m_sandboxSeen = false;
    return VoidResult::success();
}

VoidResult SendGridClient::setApiKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return VoidResult::failure(
                QCoreApplication::translate("ApiError",
                                            "The API key contains spaces or characters "
                                            "that are not printable ASCII; paste it "
                                            "again."));
    }
    m_apiKey = key.toLatin1();
    return VoidResult::success();
}

void SendGridClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::clamp(timeout, std::chrono::milliseconds(1), MaxTimeout);
}

QString SendGridClient::pathWithId(const QString &prefix, const QString &id)
{
    return prefix + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString SendGridClient::idProblem(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (pattern.match(id).hasMatch())
        return {};
    // Not translated: only the command line, which speaks English, checks what was typed.
    return QStringLiteral("\"%1\" is not an id: ids are letters, digits, '-' and '_', such as "
                          "8a7d3e2b-6c51-4f3e-9b0a-2d4c6e8f1a3b")
        .arg(id);
}

QString SendGridClient::refusal(const QByteArray &method, const QString &path, Effect effect) const
{
    // Percent-encoding leaves dots alone, and URL resolution removes dot segments: ".." as an
    // id would send DELETE to the collection above it.
    const QStringList segments = path.split(u'/').mid(1);
    for (const QString &segment : segments) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toLatin1());
        if (decoded.isEmpty() || decoded == u"." || decoded == u"..")
            return QCoreApplication::translate("ApiError",
                                               "%1 %2 was not sent: \"%3\" is not an id.")
                .arg(QString::fromLatin1(method), path, decoded);
    }
    if (path.startsWith(QLatin1String(SandboxProtocol::PathPrefix)) && !isLocal())
        return QCoreApplication::translate("ApiError",
                                           "%1 %2 was not sent: only a local sandbox answers it.")
            .arg(QString::fromLatin1(method), path);
    if (m_readOnly && effect == Effect::Writes)
        return QCoreApplication::translate("ApiError",
                                           "%1 %2 was not sent: the profile is read-only.")
            .arg(QString::fromLatin1(method), path);
    return {};
}

QNetworkRequest SendGridClient::buildRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path, QUrl::StrictMode);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("SegmentDesk/" SEGMENTDESK_VERSION));
    request.setTransferTimeout(int(m_timeout.count())); // at most MaxTimeout: no overflow
    return request;
}

ApiCall *SendGridClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, Retries retries, Effect effect)
{
    RetryPolicy retry = m_retry;
    if (retries == Retries::Never)
        retry.maxAttempts = 1;
    ApiCall::Settings settings {retry,
                                m_clock,
                                m_maxBodyBytes,
                                m_apiKey,
                                refusal(method, path, effect),
                                effect == Effect::Reads};
    auto *call = new ApiCall(m_manager, buildRequest(path, query), method, body, settings, this);
    connect(call, &ApiCall::attemptFinished, this, &SendGridClient::updateRateLimit);
    return call;
}

void SendGridClient::updateRateLimit(const HttpResponse &response)
{
    if (!response.header(QByteArray(SandboxProtocol::IdentityHeader).toLower()).isEmpty())
        m_sandboxSeen = true;
    bool okLimit = false, okRemaining = false, okReset = false;
    const int limit = response.header("x-ratelimit-limit").toInt(&okLimit);
    const int remaining = response.header("x-ratelimit-remaining").toInt(&okRemaining);
    const qint64 reset = response.header("x-ratelimit-reset").toLongLong(&okReset);
    if (!okLimit && !okRemaining && !okReset)
        return;
    m_rateLimit.limit = okLimit ? limit : m_rateLimit.limit;
    m_rateLimit.remaining = okRemaining ? remaining : m_rateLimit.remaining;
    m_rateLimit.reset = okReset ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC) : m_rateLimit.reset;
    Q_EMIT rateLimitChanged(m_rateLimit);
}

ApiCall *SendGridClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {}, Retries::Policy, Effect::Reads);
}

ApiCall *SendGridClient::post(const QString &path, const QJsonObject &body, Retries retries)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), retries);
}

ApiCall *SendGridClient::search(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                Retries::Policy, Effect::Reads);
}

ApiCall *SendGridClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *SendGridClient::deleteResource(const QString &path)
{
    return send("DELETE", path, {}, {});
}
