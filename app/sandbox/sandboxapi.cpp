// SPDX-License-Identifier: MIT
#include "sandboxapi.h"

#include <QJsonDocument>

SandboxApi::SandboxApi(SandboxStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
    , m_engine(store, options.timeScale)
    , m_limiter(options.rateLimitPerMinute)
{
    addSegmentRoutes();
    addCatalogRoutes();
    addContactRoutes();
}

void SandboxApi::add(const char *method, const QString &pattern, Handler handler)
{
    m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), std::move(handler)});
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    QByteArrayList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        allowed.append(route.method);
        if (route.method != request.method)
            continue;
        const QString key = request.acceptedKey(m_options.acceptedKeys());
        if (key.isEmpty())
            return SandboxResponse::fieldError(401, {}, QStringLiteral("authorization required"));
        if (m_options.readOnlyApiKeys.contains(key) && !readsOnly(request))
            return SandboxResponse::fieldError(403, {}, QStringLiteral("access forbidden"));
        return limited(key, route, request, match.captured(1));
    }
    if (allowed.isEmpty())
        return SandboxResponse::fieldError(404, {}, QStringLiteral("resource not found"));
    SandboxResponse refused
        = SandboxResponse::fieldError(405, {}, QStringLiteral("method not allowed"));
    refused.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.join(", ")));
    return refused;
}

// What a key with read scopes may do: GET, and the contacts search (a POST that reads).
bool SandboxApi::readsOnly(const SandboxRequest &request)
{
    return request.method == "GET"
        || (request.method == "POST" && request.path.startsWith(u"/v3/marketing/contacts/search"));
}

// Every answer to an accepted key carries its endpoint's budget; an answer that speaks of
// another quota (the refresh quota's 429) keeps its own X-RateLimit-* headers.
SandboxResponse SandboxApi::limited(const QString &key, const Route &route,
                                    const SandboxRequest &request, const QString &id)
{
    const RateLimiter::State state = m_limiter.take(
        key, QString::fromLatin1(route.method) + u' ' + route.path.pattern(), m_engine.now());
    SandboxResponse response = state.allowed
        ? route.handler(request, id)
        : SandboxResponse::fieldError(429, {}, QStringLiteral("too many requests"));
    if (state.limit > 0 && !response.hasHeader("X-RateLimit-Limit"))
        response.headers += {{"X-RateLimit-Limit", QByteArray::number(state.limit)},
                             {"X-RateLimit-Remaining", QByteArray::number(state.remaining)},
                             {"X-RateLimit-Reset", QByteArray::number(state.reset)}};
    return response;
}

std::variant<QJsonObject, SandboxResponse> SandboxApi::jsonBody(const SandboxRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return SandboxResponse::fieldError(
            400, QStringLiteral("json.decode failed"),
            QStringLiteral("The request body must be a JSON object (%1)")
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : QStringLiteral("not an object")));
    return doc.object();
}

SandboxApi::Handler
SandboxApi::withBody(std::function<SandboxResponse(const QString &, const QJsonObject &)> handler)
{
    return [handler = std::move(handler)](const SandboxRequest &request, const QString &id) {
        auto body = jsonBody(request);
        if (auto *failure = std::get_if<SandboxResponse>(&body))
            return *failure;
        return handler(id, std::get<QJsonObject>(body));
    };
}
