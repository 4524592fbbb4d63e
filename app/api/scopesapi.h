// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apiresult.h"

#include <QObject>
#include <QStringList>

class SendGridClient;

/// `GET /v3/scopes`: what the API key may do; used to explain 403s before they happen.
class ScopesApi : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/v3/scopes";

    explicit ScopesApi(SendGridClient *client, QObject *parent = nullptr);

    ApiCall *list(QObject *context, ApiCallback<QStringList> done);

private:
    static ApiResult<QStringList> onListFinished(const HttpResponse &response);

    SendGridClient *m_client;
};
