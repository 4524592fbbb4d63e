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
    QByteArray origin; ///< the Origin header: only browsers send it
    QByteArray fetchSite; ///< Sec-Fetch-Site: same-origin, same-site, cross-site or none

    /// The bearer key presented, when it is one of `accepted`; empty otherwise.
    QString acceptedKey(const QStringList &accepted) const;
};

/// One answer: status, JSON (or no) body, extra headers.
struct SandboxResponse
{
    int status = 200;
    QByteArray body; ///< empty: no body
    QList<std::pair<QByteArray, QByteArray>> headers;

    bool hasHeader(const QByteArray &name) const;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse empty(int status);
    /// SendGrid's segments envelope: {"errors":[{"field","message"}]}
    static SandboxResponse fieldError(int status, const QString &field, const QString &message);
    /// A 500 in the segments envelope, for a failure of the sandbox itself.
    static SandboxResponse serverError(const QString &message)
    {
        return fieldError(500, {}, message);
    }
    /// The refresh endpoint's envelope: {"error": "..."}
    static SandboxResponse plainError(int status, const QString &message);
};
