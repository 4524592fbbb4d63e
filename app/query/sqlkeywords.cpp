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

QStringView intervalUnit(QStringView word)
{
    const QStringView singular = word.endsWith(u's', Qt::CaseInsensitive) ? word.chopped(1) : word;
    static const std::pair<QStringView, QStringView> units[]
        = {{u"SECOND", u"second"}, {u"MINUTE", u"minute"}, {u"HOUR", u"hour"}, {u"DAY", u"day"},
           {u"WEEK", u"week"},     {u"MONTH", u"month"},   {u"YEAR", u"year"}};
    for (const auto &[keyword, unit] : units) {
        if (equalsKeyword(singular, keyword))
            return unit;
    }
    return {};
}

bool isKeyword(QStringView word)
{
    return needsQuotes(word) || !intervalUnit(word).isEmpty();
}

} // namespace SqlKeywords
