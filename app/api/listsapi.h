// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "contactlist.h"

#include <QObject>

class SendGridClient;

/// `/v3/marketing/lists`, paged with page_size (1–1000) and page_token.
class ListsApi : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/v3/marketing/lists";

    explicit ListsApi(SendGridClient *client, QObject *parent = nullptr);

    ApiCall *list(int pageSize, const QString &pageToken, QObject *context,
                  ApiCallback<ContactListPage> done);

private:
    static ApiResult<ContactListPage> onListFinished(const HttpResponse &response);

    SendGridClient *m_client;
};
