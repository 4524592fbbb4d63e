// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

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

/// An in-process sandbox on its own thread (as the GUI runs it) plus a raw HTTP helper that
/// returns exact statuses, headers and bodies. Every exchange is recorded.
class SandboxFixture
{
public:
    explicit SandboxFixture(SandboxOptions options = defaults());
    ~SandboxFixture();

    static SandboxOptions defaults(); ///< 2,000 contacts, seed 7, time scale 1,000, faults on
    bool start(); ///< false (with a QWARN) when the sandbox did not come up in time
    QUrl baseUrl() const { return m_sandbox->baseUrl(); }
    QString apiKey() const { return m_options.acceptedKeys().constFirst(); }

    /// `path` may carry a query; `operationPath` names the OpenAPI operation it exercises.
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QByteArray &body = {}, const QByteArray &authorization = {});
    Exchange send(const QByteArray &method, const QString &path, const QString &operationPath,
                  const QJsonObject &body);
    bool injectFault(const QJsonObject &fault);

    const QList<Exchange> &exchanges() const { return m_exchanges; }

private:
    SandboxOptions m_options;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QList<Exchange> m_exchanges;
};
