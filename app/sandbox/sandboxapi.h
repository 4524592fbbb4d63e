// SPDX-License-Identifier: MIT
#pragma once

#include "contactsearch.h"
#include "ratelimiter.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "segmentengine.h"
#include "segmentpreview.h"
#include "segmentscheduler.h"

#include <QRegularExpression>

#include <functional>

class EvaluationPool;
class SandboxStore;

/// SendGrid's endpoints as the sandbox answers them: authentication, routing, validation and
/// SendGrid's status codes and error envelopes. Runs on the sandbox thread only; queries run
/// on the evaluation pool, and an answer that waits for one is given later through its Reply.
class SandboxApi
{
public:
    using Reply = std::function<void(const SandboxResponse &)>;

    SandboxApi(SandboxStore &store, EvaluationPool &pool, const SandboxOptions &options);

    /// Answers `request` through `reply`: at once, or once the evaluation it waits for ends.
    void handle(const SandboxRequest &request, const Reply &reply);
    /// Starts, in the background, the evaluations that are due (at start-up).
    void scheduleDue();

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const QString &id)>;
    using DeferredHandler
        = std::function<void(const SandboxRequest &, const QString &id, const Reply &reply)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        DeferredHandler handler;
    };
    void add(const char *method, const QString &pattern, Handler handler);
    void addDeferred(const char *method, const QString &pattern, DeferredHandler handler);
    static bool readsOnly(const SandboxRequest &request);
    void limited(const QString &key, const Route &route, const SandboxRequest &request,
                 const QString &id, const Reply &reply);

    // segmentroutes.cpp
    void addSegmentRoutes();
    SandboxResponse listSegments(const SandboxRequest &request);
    SandboxResponse createSegment(const QJsonObject &body);
    void getSegment(const QString &id, const SandboxRequest &request, const Reply &reply);
    SandboxResponse updateSegment(const QString &id, const QJsonObject &body);
    SandboxResponse deleteSegment(const QString &id);
    SandboxResponse segmentJson(int status, const SegmentRow &row, bool withSample) const;
    /// The segment `id` as it is now (404 when it is gone).
    SandboxResponse currentSegment(const QString &id, bool withSample);

    // segmentchecks.cpp
    std::optional<SandboxResponse> nameProblem(const QJsonValue &name, const QString &ownId);
    std::optional<SandboxResponse> queryProblem(const QJsonValue &query);
    std::optional<SandboxResponse> parentProblem(const QJsonValue &parents);

    // refreshroutes.cpp
    void refreshSegment(const QString &id, const QJsonObject &body, const Reply &reply);
    VoidResult recordRefresh(SegmentRow &row, const QString &zone);
    std::optional<SandboxResponse> refreshRefusal(const SegmentRow &row, const QString &zone);

    // catalogroutes.cpp
    void addCatalogRoutes();
    SandboxResponse listFields();
    SandboxResponse createField(const QJsonObject &body);
    SandboxResponse renameField(const QString &id, const QJsonObject &body);
    SandboxResponse deleteField(const QString &id);
    std::optional<SandboxResponse> fieldNameProblem(const QJsonValue &name);
    SandboxResponse listLists(const SandboxRequest &request);
    SandboxResponse createList(const QJsonObject &body);

    // contactroutes.cpp
    void addContactRoutes();
    void searchContacts(const QJsonObject &body, const Reply &reply);
    void previewSegment(const QJsonObject &body, const Reply &reply);
    static SandboxResponse previewResponse(const SegmentPreview::Answer &answer);
    void invalidateBroken(const QList<std::pair<QString, QString>> &broken,
                          const QList<ContactSearch::Segment> &searched);
    static SandboxResponse searchResponse(const ContactSearch::Answer &answer);
    SandboxResponse countContacts();

    /// The request's JSON object body, or SendGrid's 400 for a body it cannot decode.
    static std::variant<QJsonObject, SandboxResponse> jsonBody(const SandboxRequest &request);
    Handler withBody(std::function<SandboxResponse(const QString &, const QJsonObject &)> handler);
    DeferredHandler withBodyDeferred(
        std::function<void(const QString &, const QJsonObject &, const Reply &)> handler);

    SandboxStore &m_store;
    EvaluationPool &m_pool;
    SandboxOptions m_options;
    SegmentEngine m_engine;
    SegmentScheduler m_scheduler;
    RateLimiter m_limiter;
    QList<Route> m_routes;
};
