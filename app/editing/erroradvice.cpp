// SPDX-License-Identifier: MIT
#include "erroradvice.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString nextStep(const ApiError &error)
{
    if (error.mayHaveBeenApplied) // a cut-off connection, a gateway's 502 or 504, an unreadable 2xx
        return QCoreApplication::translate(
            "ErrorAdvice", " Reload (F5) to see whether it was applied before saving again.");
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        return error.rateLimitReset.isValid()
            ? QCoreApplication::translate("ErrorAdvice", " Try again after %1.")
                  .arg(QLocale().toString(error.rateLimitReset.toLocalTime().time()))
            : QCoreApplication::translate("ErrorAdvice", " Try again later.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return QCoreApplication::translate(
            "ErrorAdvice", " Check the connection and try again (F5 reloads, Ctrl+S saves).");
    default:
        return {};
    }
}
} // namespace

QString ErrorAdvice::describe(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return QCoreApplication::translate("ErrorAdvice", "Cancelled.");
    const QString next = nextStep(error);
    // This next step replaces the generic one the error text ends with (said twice before).
    const QString text = error.toDisplayString();
    return QStringLiteral("%1: %2%3")
        .arg(what, next.isEmpty() ? text : text.section(u'\n', 0, -2), next);
}
