// SPDX-License-Identifier: MIT
#include "fielddefinitionsapi.h"

#include "apireply.h"
#include "sendgridclient.h"

FieldDefinitionsApi::FieldDefinitionsApi(SendGridClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *FieldDefinitionsApi::list(QObject *context, ApiCallback<QList<FieldDefinition>> done)
{
    return ApiReply::deliver(m_client->get(QString::fromLatin1(Path)), context, &onListFinished,
                             std::move(done));
}

ApiResult<QList<FieldDefinition>> FieldDefinitionsApi::onListFinished(const HttpResponse &response)
{
    return ApiReply::decodeObject<QList<FieldDefinition>>(response, &FieldDefinition::listFromJson);
}
