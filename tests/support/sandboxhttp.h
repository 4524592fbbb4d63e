// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

/// One request to the sandbox and what came back, kept for the contract check.
struct Exchange
{
    QByteArray method;
    QString
        operationPath; ///< the OpenAPI path template, e.g. /v3/marketing/segments/2.0/{segment_id}
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject toRecord() const;
};

/// Raw HTTP to a sandbox (in-process or the executable): exact statuses, headers and bodies,
/// every exchange recorded for the contract check.
class SandboxHttp
{
public:
    SandboxHttp(QUrl baseUrl, QString apiKey);

    /// `path` may carry a query; `operationPath` names the OpenAPI operation it exercises.
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QByteArray &body = {}, const QByteArray &authorization = {});
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QJsonObject &body);
    /// send() with extra request headers (Origin, Sec-Fetch-Site, …).
    Exchange sendWithHeaders(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QByteArray &authorization,
                             const QList<std::pair<QByteArray, QByteArray>> &headers);

    const QList<Exchange> &exchanges() const { return m_exchanges; }

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    QNetworkAccessManager m_network;
    QList<Exchange> m_exchanges;
};
