// SPDX-License-Identifier: MIT
#include "scopesapi.h"

#include "apireply.h"
#include "jsonreader.h"
#include "sendgridclient.h"

ScopesApi::ScopesApi(SendGridClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *ScopesApi::list(QObject *context, ApiCallback<QStringList> done)
{
    return ApiReply::deliver(m_client->get(QString::fromLatin1(Path)), context, &onListFinished,
                             std::move(done));
}

ApiResult<QStringList> ScopesApi::onListFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<QStringList>(response, [](const QJsonObject &json) {
        JsonReader r(json);
        // What the key may do is identity here: a missing list is an error, not "no scopes".
        r.array(QStringLiteral("scopes"));
        const QStringList scopes = r.stringList(QStringLiteral("scopes"));
        return r.result(scopes);
    });
}
