// SPDX-License-Identifier: MIT
#include "segmentsapi.h"

#include "apireply.h"
#include "jsonreader.h"
#include "sendgridclient.h"

#include <QUrlQuery>

namespace {
QString segmentsPath()
{
    return QString::fromLatin1(SegmentsApi::Path);
}
} // namespace

QJsonObject SegmentCreate::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name}, {QStringLiteral("query_dsl"), queryDsl}};
    if (!parentListIds.isEmpty())
        json.insert(QStringLiteral("parent_list_ids"), QJsonArray::fromStringList(parentListIds));
    return json;
}

QJsonObject SegmentPatch::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (queryDsl)
        json.insert(QStringLiteral("query_dsl"), *queryDsl);
    return json;
}

SegmentPatch SegmentPatch::between(const SegmentSummary &base, const QString &baseQuery,
                                   const QString &name, const QString &queryDsl)
{
    SegmentPatch patch;
    if (name != base.name)
        patch.name = name;
    if (queryDsl != baseQuery)
        patch.queryDsl = queryDsl;
    return patch;
}

ApiResult<RefreshJob> RefreshJob::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    RefreshJob job {r.string(QStringLiteral("job_id"))};
    return r.ok() ? ApiResult<RefreshJob>::success(job) : ApiResult<RefreshJob>::failure(r.error());
}

SegmentsApi::SegmentsApi(SendGridClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Clock *SegmentsApi::clock() const
{
    return m_client->clock();
}

ApiCall *SegmentsApi::list(const SegmentFilter &filter, QObject *context,
                           ApiCallback<QList<SegmentSummary>> done)
{
    QUrlQuery query;
    for (const QString &id : filter.ids)
        query.addQueryItem(QStringLiteral("ids"), id);
    if (!filter.parentListIds.isEmpty())
        query.addQueryItem(QStringLiteral("parent_list_ids"), filter.parentListIds.join(u','));
    if (filter.noParentListId)
        query.addQueryItem(QStringLiteral("no_parent_list_id"), QStringLiteral("true"));
    return ApiReply::deliver(m_client->get(segmentsPath(), query), context, &onListFinished,
                             std::move(done));
}

ApiCall *SegmentsApi::get(const QString &id, bool withSample, QObject *context,
                          ApiCallback<Segment> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("contacts_sample"),
                       withSample ? QStringLiteral("true") : QStringLiteral("false"));
    auto *call = m_client->get(SendGridClient::pathWithId(segmentsPath(), id), query);
    return ApiReply::deliver(call, context, &onSegmentFinished, std::move(done));
}

ApiCall *SegmentsApi::create(const SegmentCreate &segment, QObject *context,
                             ApiCallback<Segment> done)
{
    return ApiReply::deliver(m_client->post(segmentsPath(), segment.toJson()), context,
                             &onSegmentFinished, std::move(done));
}

ApiCall *SegmentsApi::update(const QString &id, const SegmentPatch &patch, QObject *context,
                             ApiCallback<Segment> done)
{
    auto *call = m_client->patch(SendGridClient::pathWithId(segmentsPath(), id), patch.toJson());
    return ApiReply::deliver(call, context, &onSegmentFinished, std::move(done));
}

ApiCall *SegmentsApi::remove(const QString &id, QObject *context, ApiCallback<NoContent> done)
{
    auto *call = m_client->deleteResource(SendGridClient::pathWithId(segmentsPath(), id));
    return ApiReply::deliver(call, context, &onRemoveFinished, std::move(done));
}

ApiCall *SegmentsApi::refresh(const QString &id, const QString &userTimeZone, QObject *context,
                              ApiCallback<RefreshJob> done)
{
    const QString path
        = SendGridClient::pathWithId(segmentsPath() + QStringLiteral("/refresh"), id);
    // A refresh 429 is a daily or hourly quota (segments-v2-api.md §4.6): retrying cannot help.
    auto *call = m_client->post(path, {{QStringLiteral("user_time_zone"), userTimeZone}},
                                SendGridClient::Retries::Never);
    return ApiReply::deliver(call, context, &onRefreshFinished, std::move(done));
}

ApiResult<QList<SegmentSummary>> SegmentsApi::onListFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<QList<SegmentSummary>>(response, &SegmentSummary::listFromJson);
}

ApiResult<Segment> SegmentsApi::onSegmentFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<Segment>(response, &Segment::fromJson);
}

ApiResult<NoContent> SegmentsApi::onRemoveFinished(const HttpResponse &response)
{
    return ApiReply::decodeEmpty(response);
}

ApiResult<RefreshJob> SegmentsApi::onRefreshFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<RefreshJob>(response, &RefreshJob::fromJson);
}
