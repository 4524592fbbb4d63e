// SPDX-License-Identifier: MIT
#include "sqlkeywords.h"

#include "token.h"

namespace {

bool isAnyOf(QStringView word, std::initializer_list<QStringView> keywords)
{
    return std::any_of(keywords.begin(), keywords.end(),
                       [word](QStringView k) { return equalsKeyword(word, k); });
}

} // namespace

namespace SqlKeywords {

bool isReserved(QStringView word)
{
    return isAnyOf(word, {u"SELECT",  u"FROM",  u"WHERE", u"JOIN",   u"INNER", u"LEFT", u"ON",
                          u"AND",     u"OR",    u"NOT",   u"IN",     u"IS",    u"NULL", u"LIKE",
                          u"BETWEEN", u"GROUP", u"BY",    u"HAVING", u"AS",    u"TRUE", u"FALSE"});
}

bool needsQuotes(QStringView word)
{
    return isReserved(word) || isAnyOf(word, {u"INTERVAL", u"TIMESTAMP"});
}

QString intervalUnit(QStringView word)
{
    const QStringView singular = word.endsWith(u's', Qt::CaseInsensitive) ? word.chopped(1) : word;
    if (!isAnyOf(singular, {u"SECOND", u"MINUTE", u"HOUR", u"DAY", u"WEEK", u"MONTH", u"YEAR"}))
        return {};
    return singular.toString().toLower();
}

bool isKeyword(QStringView word)
{
    return needsQuotes(word) || !intervalUnit(word).isEmpty();
}

} // namespace SqlKeywords
