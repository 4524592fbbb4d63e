// SPDX-License-Identifier: MIT
#include "timestamp.h"

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode(); // ASCII digits only, as ISO-8601 has
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// SendGrid's own shape, yyyy-MM-ddTHH:mm:ss[.zzz]Z, read directly: a 10,000-segment list
// holds 40,000 of them and QDateTime::fromString dominated decoding it.
std::optional<QDateTime> fromUtcShape(QStringView t)
{
    const bool millis = t.size() == 24 && t[19] == u'.';
    if ((t.size() != 20 && !millis) || t.back() != u'Z' || t[4] != u'-' || t[7] != u'-'
        || t[10] != u'T' || t[13] != u':' || t[16] != u':')
        return std::nullopt;
    const QDate date(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
    const QTime time(digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2),
                     millis ? digits(t, 20, 3) : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

Timestamp Timestamp::fromString(const QString &text)
{
    if (const auto fast = fromUtcShape(text))
        return {text, *fast};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC); // SendGrid's times without an offset are UTC
    return {text, parsed.isValid() ? parsed.toUTC() : QDateTime()};
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return {utc.toString(Qt::ISODateWithMs), utc};
}
