// SPDX-License-Identifier: MIT
#include "relativetime.h"

#include <QLocale>

QString RelativeTime::text(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    // A clock a little ahead of SendGrid's still reads as "just now"; further off, the date.
    if (!now.isValid() || seconds < -60)
        return QLocale().toString(then.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%1 days ago").arg(days);
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}
