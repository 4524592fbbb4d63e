// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "segment.h"

#include <QObject>

class Clock;
class SendGridClient;

/// Which segments `list` returns; see the filter truth table in segments-v2-api.md §4.1.
struct SegmentFilter
{
    QStringList ids;
    QStringList parentListIds;
    bool noParentListId = false;
};

struct SegmentCreate
{
    QString name;
    QString queryDsl;
    QStringList parentListIds; ///< at most one today
    QJsonObject toJson() const;
};

/// The fields a PATCH changes; unset fields are not sent.
struct SegmentPatch
{
    std::optional<QString> name;
    std::optional<QString> queryDsl;

    bool isEmpty() const { return !name && !queryDsl; }
    QJsonObject toJson() const;
    /// Only what differs between the segment as loaded and the edit.
    static SegmentPatch between(const SegmentSummary &base, const QString &baseQuery,
                                const QString &name, const QString &queryDsl);
};

struct RefreshJob
{
    QString jobId;
    static ApiResult<RefreshJob> fromJson(const QJsonObject &json);
};

/// `/v3/marketing/segments/2.0`: one method and one reply handler per operation.
class SegmentsApi : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/v3/marketing/segments/2.0";

    explicit SegmentsApi(SendGridClient *client, QObject *parent = nullptr);
    /// The client's clock: the time its callers read.
    Clock *clock() const;

    ApiCall *list(const SegmentFilter &filter, QObject *context,
                  ApiCallback<QList<SegmentSummary>> done);
    ApiCall *get(const QString &id, bool withSample, QObject *context, ApiCallback<Segment> done);
    ApiCall *create(const SegmentCreate &segment, QObject *context, ApiCallback<Segment> done);
    ApiCall *update(const QString &id, const SegmentPatch &patch, QObject *context,
                    ApiCallback<Segment> done);
    ApiCall *remove(const QString &id, QObject *context, ApiCallback<NoContent> done);
    ApiCall *refresh(const QString &id, const QString &userTimeZone, QObject *context,
                     ApiCallback<RefreshJob> done);

private:
    static ApiResult<QList<SegmentSummary>> onListFinished(const HttpResponse &response);
    static ApiResult<Segment> onSegmentFinished(const HttpResponse &response);
    static ApiResult<NoContent> onRemoveFinished(const HttpResponse &response);
    static ApiResult<RefreshJob> onRefreshFinished(const HttpResponse &response);

    SendGridClient *m_client;
};
