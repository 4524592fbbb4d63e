// SPDX-License-Identifier: MIT
#include "sandboxhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return r;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse r;
    r.status = status;
    return r;
}

SandboxResponse SandboxResponse::fieldError(int status, const QString &field,
                                            const QString &message)
{
    const QJsonValue fieldValue = field.isEmpty() ? QJsonValue() : QJsonValue(field);
    return json(status,
                {{QStringLiteral("errors"),
                  QJsonArray {QJsonObject {{QStringLiteral("field"), fieldValue},
                                           {QStringLiteral("message"), message}}}}});
}

SandboxResponse SandboxResponse::plainError(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}
