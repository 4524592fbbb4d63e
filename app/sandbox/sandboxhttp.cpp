// SPDX-License-Identifier: MIT
#include "sandboxhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

QString SandboxRequest::acceptedKey(const QStringList &accepted) const
{
    const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix))
        return {};
    const QString key = QString::fromUtf8(authorization.mid(prefix.size()).trimmed());
    return accepted.contains(key) ? key : QString();
}

bool SandboxResponse::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

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
