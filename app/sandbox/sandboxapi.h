// SPDX-License-Identifier: MIT
#pragma once

#include "ratelimiter.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "segmentengine.h"

#include <QRegularExpression>

#include <functional>

class SandboxStore;
class SegmentEvaluator;

/// SendGrid's endpoints as the sandbox answers them: authentication, routing, validation and
/// SendGrid's status codes and error envelopes. Runs on the sandbox thread only.
class SandboxApi
{
public:
    SandboxApi(SandboxStore &store, const SandboxOptions &options);

    SandboxResponse handle(const SandboxRequest &request);
    SegmentEngine &engine() { return m_engine; }

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const QString &id)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    void add(const char *method, const QString &pattern, Handler handler);
    static bool readsOnly(const SandboxRequest &request);
    SandboxResponse limited(const QString &key, const Route &route, const SandboxRequest &request,
                            const QString &id);

    // segmentroutes.cpp
    void addSegmentRoutes();
    SandboxResponse listSegments(const SandboxRequest &request);
    SandboxResponse createSegment(const QJsonObject &body);
    SandboxResponse getSegment(const QString &id, const SandboxRequest &request);
    SandboxResponse updateSegment(const QString &id, const QJsonObject &body);
    SandboxResponse deleteSegment(const QString &id);
    SandboxResponse segmentJson(int status, const SegmentRow &row, bool withSample) const;

    // segmentchecks.cpp
    std::optional<SandboxResponse> nameProblem(const QJsonValue &name, const QString &ownId);
    std::optional<SandboxResponse> queryProblem(const QJsonValue &query);
    std::optional<SandboxResponse> parentProblem(const QJsonValue &parents);

    // refreshroutes.cpp
    SandboxResponse refreshSegment(const QString &id, const QJsonObject &body);
    std::optional<SandboxResponse> refreshRefusal(const SegmentRow &row, const QString &zone);

    // catalogroutes.cpp
    void addCatalogRoutes();
    SandboxResponse listFields();
    SandboxResponse createField(const QJsonObject &body);
    SandboxResponse renameField(const QString &id, const QJsonObject &body);
    SandboxResponse deleteField(const QString &id);
    std::optional<SandboxResponse> fieldNameProblem(const QJsonValue &name);
    Result<std::optional<QString>> customFieldName(const QString &id) const;
    SandboxResponse listLists(const SandboxRequest &request);
    SandboxResponse createList(const QJsonObject &body);

    // contactroutes.cpp
    void addContactRoutes();
    SandboxResponse searchContacts(const QJsonObject &body);
    SandboxResponse countContacts();
    Result<QJsonArray> withSegmentIds(const SegmentEvaluator &evaluator,
                                      const QJsonArray &contacts);

    /// The request's JSON object body, or SendGrid's 400 for a body it cannot decode.
    static std::variant<QJsonObject, SandboxResponse> jsonBody(const SandboxRequest &request);
    Handler withBody(std::function<SandboxResponse(const QString &, const QJsonObject &)> handler);

    SandboxStore &m_store;
    SandboxOptions m_options;
    SegmentEngine m_engine;
    RateLimiter m_limiter;
    QList<Route> m_routes;
};
