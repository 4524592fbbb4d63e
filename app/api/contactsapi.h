// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "contact.h"

#include <QObject>

#include <optional>

class Clock;
class SendGridClient;

/// The first 50 matches of an SGQL v1 search and the total number of matches.
struct ContactSearchResult
{
    QList<Contact> contacts;
    qint64 contactCount = 0;
};

/// The sandbox's own preview of an unsaved query: every figure, counted as the segment will be.
struct SandboxPreview
{
    ContactSearchResult matches;
    std::optional<ContactSearchResult> joins; ///< with leaves: only with a saved query
    std::optional<ContactSearchResult> leaves;
};

struct ContactCount
{
    qint64 contactCount = 0;
    qint64 billableCount = 0;
};

/// `/v3/marketing/contacts`: search (SGQL v1, for previews) and count.
class ContactsApi : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/v3/marketing/contacts";

    explicit ContactsApi(SendGridClient *client, QObject *parent = nullptr);
    /// The client's clock: the time its callers read.
    Clock *clock() const;

    ApiCall *search(const QString &sgqlQuery, QObject *context,
                    ApiCallback<ContactSearchResult> done);
    ApiCall *count(QObject *context, ApiCallback<ContactCount> done);
    /// The sandbox's exact preview of an unsaved V2 query (email activity included) and, with
    /// `savedQuery`, who it adds and removes. Beyond SendGrid's API: refused unsent unless the
    /// server is local (SendGridClient::isLocal()).
    ApiCall *previewInSandbox(const QString &query, const QString &savedQuery,
                              const QStringList &parentListIds, QObject *context,
                              ApiCallback<SandboxPreview> done);
    /// Whether the server answered as the sandbox (SendGridClient::isSandbox()).
    bool canPreviewInSandbox() const;

private:
    static ApiResult<ContactSearchResult> onSearchFinished(const HttpResponse &response);
    static ApiResult<SandboxPreview> onPreviewFinished(const HttpResponse &response);
    static ApiResult<ContactSearchResult> searchResult(const QJsonObject &json);
    static ApiResult<ContactCount> onCountFinished(const HttpResponse &response);

    SendGridClient *m_client;
};
