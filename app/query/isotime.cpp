// SPDX-License-Identifier: MIT
#include "isotime.h"

#include <QDate>
#include <QTime>

namespace {

bool digitsAt(QStringView text, qsizetype from, qsizetype count, int *value)
{
    if (from + count > text.size())
        return false;
    *value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        *value = *value * 10 + (c - u'0');
    }
    return true;
}

} // namespace

bool isImpossibleIsoTime(QStringView text)
{
    int year, month, day, hour, minute, second = 0;
    if (!digitsAt(text, 0, 4, &year) || text.size() < 10 || text[4] != u'-' || text[7] != u'-'
        || !digitsAt(text, 5, 2, &month) || !digitsAt(text, 8, 2, &day))
        return false;
    if (!QDate::isValid(year, month, day))
        return true;
    if (text.size() < 16 || (text[10] != u'T' && text[10] != u' ') || !digitsAt(text, 11, 2, &hour)
        || text[13] != u':' || !digitsAt(text, 14, 2, &minute))
        return false;
    if (text.size() >= 19 && text[16] == u':' && !digitsAt(text, 17, 2, &second))
        return false;
    return !QTime::isValid(hour, minute, second);
}

// ISO-8601 as SendGrid documents times: yyyy-MM-dd, optionally THH:mm[:ss[.zzz]] and Z or
// ±HH[[:]mm]. Stricter than QDateTime (which also takes 2024/06/19 or +1) and checked by hand:
// the QDateTime parse was the single costliest call of a lint.
bool isIsoTime(QStringView text)
{
    int year, month, day, hour, minute, second = 0, zoneHour, zoneMinute;
    if (!digitsAt(text, 0, 4, &year) || text.size() < 10 || text[4] != u'-' || text[7] != u'-'
        || !digitsAt(text, 5, 2, &month) || !digitsAt(text, 8, 2, &day)
        || !QDate::isValid(year, month, day))
        return false;
    if (text.size() == 10)
        return true;
    if ((text[10] != u'T' && text[10] != u' ') || !digitsAt(text, 11, 2, &hour) || text.size() < 16
        || text[13] != u':' || !digitsAt(text, 14, 2, &minute))
        return false;
    qsizetype pos = 16;
    if (pos < text.size() && text[pos] == u':' && !digitsAt(text, pos + 1, 2, &second))
        return false;
    pos += pos < text.size() && text[pos] == u':' ? 3 : 0;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        for (++pos; pos < text.size() && text[pos].isDigit(); ++pos) { }
    }
    if (!QTime::isValid(hour, minute, second))
        return false;
    if (pos == text.size())
        return true;
    if (text[pos] == u'Z')
        return pos + 1 == text.size();
    return (text[pos] == u'+' || text[pos] == u'-') && digitsAt(text, pos + 1, 2, &zoneHour)
        && ((pos + 3 == text.size())
            || (text.size() == pos + 5 && digitsAt(text, pos + 3, 2, &zoneMinute))
            || (text.size() == pos + 6 && text[pos + 3] == u':'
                && digitsAt(text, pos + 4, 2, &zoneMinute)));
}
