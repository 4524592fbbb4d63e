// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// One entry of SendGrid's `errors[]` array.
struct FieldError
{
    QString field; ///< empty when SendGrid sent `null` or nothing
    QString message;
    bool operator==(const FieldError &) const = default;
};

/// What went wrong with one API operation. Kind::None means success.
/// Every text in here is safe to show and log: it never contains the API key.
struct ApiError
{
    enum class Kind {
        None,
        Network,
        Timeout,
        Unauthorized,
        Forbidden,
        NotFound,
        RateLimited,
        Validation,
        Server,
        BadPayload,
        Cancelled,
        Tls, ///< the server's certificate is not trusted; nothing was sent
        Refused ///< refused by this client before sending (read-only profile, no such route)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QList<FieldError> errors; ///< SendGrid's `errors[]`
    QString message; ///< SendGrid's `{"error": …}`, or our own summary
    QString detail; ///< technical context: status line, short plain-text body excerpt
    QDateTime rateLimitReset; ///< from X-RateLimit-Reset (UTC), when known
    int rateLimitLimit = 0; ///< from X-RateLimit-Limit: the quota that applies; 0 when unknown
    QString requestId;
    /// A write whose connection failed after the request may have reached SendGrid: re-read
    /// before sending it again.
    bool mayHaveBeenApplied = false;

    bool isOk() const { return kind == Kind::None; }
    /// The message for a person: what happened, SendGrid's own words, and what to do next.
    QString toDisplayString() const;
    /// The first SendGrid message about `field` (in the window's language when it is one SendGrid
    /// is known to send: SendGridWords), or an empty string.
    QString messageForField(const QString &field) const;

    static ApiError make(Kind kind, QString message, int httpStatus = 0);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
