// SPDX-License-Identifier: MIT
#include "erroradvice.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorAdvice", text);
}

QString nextStep(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        return error.rateLimitReset.isValid()
            ? tr(" Try again after %1.")
                  .arg(QLocale().toString(error.rateLimitReset.toLocalTime().time()))
            : tr(" Try again later.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return error.mayHaveBeenApplied
            ? tr(" Reload (F5) to see whether it was applied before saving again.")
            : tr(" Check the connection and try again (F5 reloads, Ctrl+S saves).");
    default:
        return {};
    }
}
} // namespace

QString ErrorAdvice::describe(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return tr("Cancelled.");
    const QString next = nextStep(error);
    // This next step replaces the generic one the error text ends with (said twice before).
    const QString text = error.toDisplayString();
    return QStringLiteral("%1: %2%3")
        .arg(what, next.isEmpty() ? text : text.section(u'\n', 0, -2), next);
}
