// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

/// One request as the sandbox's endpoints see it, independent of the HTTP server class.
struct SandboxRequest
{
    QByteArray method; ///< GET, POST, PATCH, PUT, DELETE
    QString path; ///< decoded path, without the query
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
};

/// One answer: status, JSON (or no) body, extra headers.
struct SandboxResponse
{
    int status = 200;
    QByteArray body; ///< empty: no body
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse empty(int status);
    /// SendGrid's segments envelope: {"errors":[{"field","message"}]}
    static SandboxResponse fieldError(int status, const QString &field, const QString &message);
    /// The refresh endpoint's envelope: {"error": "..."}
    static SandboxResponse plainError(int status, const QString &message);
};
