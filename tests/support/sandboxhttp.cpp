// SPDX-License-Identifier: MIT
#include "sandboxhttp.h"

#include <QNetworkReply>
#include <QTest>

QJsonObject Exchange::toRecord() const
{
    QJsonObject record {{QStringLiteral("method"), QString::fromLatin1(method).toLower()},
                        {QStringLiteral("path"), operationPath},
                        {QStringLiteral("status"), status}};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull())
        record.insert(QStringLiteral("body"),
                      doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return record;
}

SandboxHttp::SandboxHttp(QUrl baseUrl, QString apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{ }

Exchange SandboxHttp::send(const QByteArray &method, const QString &path,
                           const QString &operationPath, const QByteArray &body,
                           const QByteArray &authorization)
{
    Exchange e = sendWithHeaders(method, path, body, authorization, {});
    e.operationPath = operationPath;
    m_exchanges.append(e);
    return e;
}

Exchange SandboxHttp::sendWithHeaders(const QByteArray &method, const QString &path,
                                      const QByteArray &body, const QByteArray &authorization,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization",
                         authorization.isEmpty() ? "Bearer " + m_apiKey.toUtf8() : authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        reply->abort();
    Exchange e {method,
                {},
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(),
                {}};
    for (const auto &[name, value] : reply->rawHeaderPairs())
        e.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return e;
}

Exchange SandboxHttp::send(const QByteArray &method, const QString &path,
                           const QString &operationPath, const QJsonObject &body)
{
    return send(method, path, operationPath, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
