// SPDX-License-Identifier: MIT
#include "contactsapi.h"

#include "apireply.h"
#include "jsonreader.h"
#include "sendgridclient.h"

#include "common/sandboxprotocol.h"

#include <QJsonArray>

ContactsApi::ContactsApi(SendGridClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Clock *ContactsApi::clock() const
{
    return m_client->clock();
}

ApiCall *ContactsApi::search(const QString &sgqlQuery, QObject *context,
                             ApiCallback<ContactSearchResult> done)
{
    auto *call = m_client->search(QString::fromLatin1(Path) + QStringLiteral("/search"),
                                  {{QStringLiteral("query"), sgqlQuery}});
    return ApiReply::deliver(call, context, &onSearchFinished, std::move(done));
}

ApiCall *ContactsApi::previewInSandbox(const QString &query, const QString &savedQuery,
                                       const QStringList &parentListIds, QObject *context,
                                       ApiCallback<SandboxPreview> done)
{
    QJsonObject body {{QStringLiteral("query_dsl"), query}};
    if (!savedQuery.isEmpty())
        body.insert(QStringLiteral("saved_query_dsl"), savedQuery);
    if (!parentListIds.isEmpty())
        body.insert(QStringLiteral("parent_list_ids"), QJsonArray::fromStringList(parentListIds));
    auto *call = m_client->search(QString::fromLatin1(SandboxProtocol::PathPrefix)
                                      + QStringLiteral("segments/preview"),
                                  body);
    return ApiReply::deliver(call, context, &onPreviewFinished, std::move(done));
}

bool ContactsApi::canPreviewInSandbox() const
{
    return m_client->isSandbox();
}

ApiCall *ContactsApi::count(QObject *context, ApiCallback<ContactCount> done)
{
    auto *call = m_client->get(QString::fromLatin1(Path) + QStringLiteral("/count"));
    return ApiReply::deliver(call, context, &onCountFinished, std::move(done));
}

ApiResult<ContactSearchResult> ContactsApi::onSearchFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<ContactSearchResult>(response, &searchResult);
}

ApiResult<ContactSearchResult> ContactsApi::searchResult(const QJsonObject &json)
{
    using Result = ApiResult<ContactSearchResult>;
    JsonReader r(json);
    ContactSearchResult result;
    const QJsonArray items = r.array(QStringLiteral("result"));
    result.contactCount = r.integer(QStringLiteral("contact_count"));
    if (!r.ok())
        return Result::failure(r.error());
    auto contacts = Contact::listFromJson(items, QStringLiteral("result"));
    r.merge(contacts);
    if (contacts.value)
        result.contacts = std::move(*contacts.value);
    return r.result(std::move(result));
}

ApiResult<SandboxPreview> ContactsApi::onPreviewFinished(const HttpResponse &response)
{
    using Result = ApiResult<SandboxPreview>;
    return ApiReply::decodeObject<SandboxPreview>(response, [](const QJsonObject &json) {
        SandboxPreview preview;
        std::optional<ApiError> problem;
        const auto figure = [&](const char *name) -> std::optional<ContactSearchResult> {
            const QJsonValue value = json.value(QLatin1String(name));
            if (value.isUndefined())
                return std::nullopt;
            ApiResult<ContactSearchResult> read = searchResult(value.toObject());
            if (!read.isOk())
                problem = read.error;
            return read.value;
        };
        const auto matches = figure("matches");
        preview.joins = figure("joins");
        preview.leaves = figure("leaves");
        if (!problem && (!matches || bool(preview.joins) != bool(preview.leaves)))
            return Result::failure(ApiError::make(
                ApiError::Kind::BadPayload,
                QStringLiteral("the preview has no matches, or joins without leaves")));
        if (problem)
            return Result::failure(*problem);
        preview.matches = *matches;
        return Result::success(std::move(preview));
    });
}

ApiResult<ContactCount> ContactsApi::onCountFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<ContactCount>(response, [](const QJsonObject &json) {
        JsonReader r(json);
        ContactCount count {r.integer(QStringLiteral("contact_count")),
                            r.integer(QStringLiteral("billable_count"), false)};
        return r.result(count);
    });
}
