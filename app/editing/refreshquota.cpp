// SPDX-License-Identifier: MIT
#include "refreshquota.h"

#include <QCoreApplication>
#include <QLocale>

namespace RefreshQuota {

QString localTimeOfDay(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    return QCoreApplication::translate("RefreshQuota", "%1, %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), time);
}

QString explainRefusal(const ApiError &error, const QDateTime &now)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("RefreshQuota", text); };
    QString quota;
    switch (error.rateLimitLimit) {
    case PerSegmentPerHour:
        quota = tr("SendGrid allows one manual refresh per segment per hour");
        break;
    case PerSegmentPerDay:
        quota = tr("both manual refreshes of this segment for today are used (2 per day)");
        break;
    case PerAccountPerDay:
        quota = tr("the account's 10 manual refreshes for today are used, across all segments");
        break;
    default:
        quota = tr("SendGrid refused the refresh: a refresh quota is used up");
        break;
    }
    const QString frees = error.rateLimitReset.isValid()
        ? tr("; you can refresh again at %1.").arg(localTimeOfDay(error.rateLimitReset, now))
        : tr("; try again later.");
    QString text = quota + frees;
    text[0] = text[0].toUpper();
    return text;
}

} // namespace RefreshQuota
