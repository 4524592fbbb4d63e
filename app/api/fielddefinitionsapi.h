// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "fielddefinition.h"

#include <QObject>

class SendGridClient;

/// `/v3/marketing/field_definitions`: the columns a segment query may name.
class FieldDefinitionsApi : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Path = "/v3/marketing/field_definitions";

    explicit FieldDefinitionsApi(SendGridClient *client, QObject *parent = nullptr);

    ApiCall *list(QObject *context, ApiCallback<QList<FieldDefinition>> done);

private:
    static ApiResult<QList<FieldDefinition>> onListFinished(const HttpResponse &response);

    SendGridClient *m_client;
};
