// SPDX-License-Identifier: MIT
#include "listsapi.h"

#include "apireply.h"
#include "sendgridclient.h"

#include <QUrlQuery>

ListsApi::ListsApi(SendGridClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *ListsApi::list(int pageSize, const QString &pageToken, QObject *context,
                        ApiCallback<ContactListPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, pageSize, 1000)));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return ApiReply::deliver(m_client->get(QString::fromLatin1(Path), query), context,
                             &onListFinished, std::move(done));
}

ApiResult<ContactListPage> ListsApi::onListFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<ContactListPage>(response, &ContactListPage::fromJson);
}
