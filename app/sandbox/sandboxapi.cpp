// SPDX-License-Identifier: MIT
#include "sandboxapi.h"

#include <QJsonDocument>

SandboxApi::SandboxApi(SandboxStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
    , m_engine(store, options.timeScale)
{
    addSegmentRoutes();
    addCatalogRoutes();
    addContactRoutes();
}

void SandboxApi::add(const char *method, const QString &pattern, Handler handler)
{
    m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), std::move(handler)});
}

bool SandboxApi::authorized(const SandboxRequest &request) const
{
    const QByteArray prefix = "Bearer ";
    if (!request.authorization.startsWith(prefix))
        return false;
    const QString key = QString::fromUtf8(request.authorization.mid(prefix.size()).trimmed());
    return m_options.acceptedKeys().contains(key);
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    bool pathKnown = false;
    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        if (!authorized(request))
            return SandboxResponse::fieldError(401, {}, QStringLiteral("authorization required"));
        return route.handler(request, match.captured(1));
    }
    return pathKnown ? SandboxResponse::fieldError(405, {}, QStringLiteral("method not allowed"))
                     : SandboxResponse::fieldError(404, {}, QStringLiteral("resource not found"));
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
