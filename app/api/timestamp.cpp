// SPDX-License-Identifier: MIT
#include "timestamp.h"

Timestamp Timestamp::fromString(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC); // SendGrid's times without an offset are UTC
    return {text, parsed.isValid() ? parsed.toUTC() : QDateTime()};
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return {utc.toString(Qt::ISODate), utc};
}
