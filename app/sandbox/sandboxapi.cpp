// SPDX-License-Identifier: MIT
#include "sandboxapi.h"

#include <QJsonDocument>

SandboxApi::SandboxApi(SandboxStore &store, EvaluationPool &pool, const SandboxOptions &options)
    : m_store(store)
    , m_pool(pool)
    , m_options(options)
    , m_engine(store, {options.clock, options.timeScale})
    , m_scheduler(m_engine, pool)
    , m_limiter(options.rateLimitPerMinute)
{
    addSegmentRoutes();
    addCatalogRoutes();
    addContactRoutes();
}

void SandboxApi::add(const char *method, const QString &pattern, Handler handler)
{
    addDeferred(
        method, pattern,
        [handler = std::move(handler)](const SandboxRequest &request, const QString &id,
                                       const Reply &reply) { reply(handler(request, id)); });
}

void SandboxApi::addDeferred(const char *method, const QString &pattern, DeferredHandler handler)
{
    m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), std::move(handler)});
}

void SandboxApi::scheduleDue()
{
    const Result<QList<SegmentRow>> rows = m_engine.loadAll();
    if (rows.isOk())
        m_scheduler.scheduleDue(rows.value());
}

void SandboxApi::handle(const SandboxRequest &request, const Reply &reply)
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
            return reply(
                SandboxResponse::fieldError(401, {}, QStringLiteral("authorization required")));
        if (m_options.readOnlyApiKeys.contains(key) && !readsOnly(request))
            return reply(SandboxResponse::fieldError(403, {}, QStringLiteral("access forbidden")));
        return limited(key, route, request, match.captured(1), reply);
    }
    if (allowed.isEmpty())
        return reply(SandboxResponse::fieldError(404, {}, QStringLiteral("resource not found")));
    SandboxResponse refused
        = SandboxResponse::fieldError(405, {}, QStringLiteral("method not allowed"));
    refused.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.join(", ")));
    reply(refused);
}

// What a key with read scopes may do: GET, and the contacts search (a POST that reads).
bool SandboxApi::readsOnly(const SandboxRequest &request)
{
    return request.method == "GET"
        || (request.method == "POST" && request.path.startsWith(u"/v3/marketing/contacts/search"));
}

// Every answer to an accepted key carries its endpoint's budget; an answer that speaks of
// another quota (the refresh quota's 429) keeps its own X-RateLimit-* headers.
void SandboxApi::limited(const QString &key, const Route &route, const SandboxRequest &request,
                         const QString &id, const Reply &reply)
{
    const RateLimiter::State state = m_limiter.take(
        key, QString::fromLatin1(route.method) + u' ' + route.path.pattern(), m_engine.now());
    const Reply budgeted = [state, reply](const SandboxResponse &answer) {
        SandboxResponse response = answer;
        if (state.limit > 0 && !response.hasHeader("X-RateLimit-Limit"))
            response.headers += {{"X-RateLimit-Limit", QByteArray::number(state.limit)},
                                 {"X-RateLimit-Remaining", QByteArray::number(state.remaining)},
                                 {"X-RateLimit-Reset", QByteArray::number(state.reset)}};
        reply(response);
    };
    if (!state.allowed)
        return budgeted(SandboxResponse::fieldError(429, {}, QStringLiteral("too many requests")));
    route.handler(request, id, budgeted);
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

SandboxApi::DeferredHandler SandboxApi::withBodyDeferred(
    std::function<void(const QString &, const QJsonObject &, const Reply &)> handler)
{
    return [handler = std::move(handler)](const SandboxRequest &request, const QString &id,
                                          const Reply &reply) {
        auto body = jsonBody(request);
        if (auto *failure = std::get_if<SandboxResponse>(&body))
            return reply(*failure);
        handler(id, std::get<QJsonObject>(body), reply);
    };
}
