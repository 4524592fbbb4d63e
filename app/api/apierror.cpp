// SPDX-License-Identifier: MIT
#include "apierror.h"

#include "sendgridwords.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// A write whose fate the connection or the reply left open: check before sending it again.
QString checkFirst(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::Network || error.kind == Kind::Timeout)
        return QCoreApplication::translate(
            "ApiError",
            "The change may have been applied: the connection failed "
            "after the request was sent. Check the segment before "
            "sending it again.");
    // A gateway's 502 or 504, or a 2xx whose body is unreadable.
    return QCoreApplication::translate("ApiError",
                                       "The change may have been applied: the reply does not "
                                       "say whether it was. Check the segment before sending "
                                       "it again.");
}

QString nextStep(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.mayHaveBeenApplied)
        return checkFirst(error);
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        return error.kind == Kind::Network
            ? QCoreApplication::translate("ApiError", "Check the connection and retry.")
            : QCoreApplication::translate("ApiError", "The server did not answer in time; retry.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError",
            "Nothing was sent. Check the server address, or add the "
            "certificate's issuer to the system's trusted certificates.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
                                           "Check that the API key is correct and not revoked.");
    case Kind::Forbidden:
        return QCoreApplication::translate(
            "ApiError",
            "The API key lacks the Marketing permission, or the plan does not "
            "allow this.");
    case Kind::RateLimited:
        if (error.rateLimitReset.isValid())
            return QCoreApplication::translate("ApiError", "Retry after %1.")
                .arg(error.rateLimitReset.toLocalTime().toString(Qt::ISODate));
        return QCoreApplication::translate("ApiError", "Wait a moment and retry.");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "SendGrid had a problem; retry later.");
    default:
        return {};
    }
}

} // namespace

QString ApiError::toDisplayString() const
{
    if (isOk())
        return {};
    QStringList parts;
    parts << (message.isEmpty() ? kindName(kind) : SendGridWords::translated(message));
    for (const FieldError &e : errors) {
        const QString said = SendGridWords::translated(e.message);
        const QString text = e.field.isEmpty() ? said : e.field + QStringLiteral(": ") + said;
        if (!parts.contains(text))
            parts << text;
    }
    if (httpStatus > 0)
        parts.first() += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!detail.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Server said: %1").arg(detail);
    const QString step = nextStep(*this);
    if (!step.isEmpty())
        parts << step;
    return parts.join(u'\n');
}

QString ApiError::messageForField(const QString &field) const
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return SendGridWords::translated(e.message);
    }
    return {};
}

ApiError ApiError::make(Kind kind, QString message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("ApiError", "OK");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Network error");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "Request timed out");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "API key rejected");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "Access denied");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "Not found");
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "Too many requests");
    case Kind::Validation:
        return QCoreApplication::translate("ApiError", "SendGrid rejected the request");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "SendGrid server error");
    case Kind::BadPayload:
        return QCoreApplication::translate("ApiError", "Unreadable reply from the server");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "Certificate not trusted");
    case Kind::Refused:
        return QCoreApplication::translate("ApiError", "Not sent");
    }
    return {};
}
