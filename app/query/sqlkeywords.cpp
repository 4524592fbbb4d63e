// SPDX-License-Identifier: MIT
#include "sqlkeywords.h"

#include "token.h"

namespace {

bool isAnyOf(QStringView word, std::initializer_list<QStringView> keywords)
{
    return std::any_of(keywords.begin(), keywords.end(),
                       [word](QStringView k) { return equalsKeyword(word, k); });
}

constexpr std::initializer_list<QStringView> reserved
    = {u"SELECT",  u"FROM",  u"WHERE", u"JOIN",   u"INNER", u"LEFT", u"ON",
       u"AND",     u"OR",    u"NOT",   u"IN",     u"IS",    u"NULL", u"LIKE",
       u"BETWEEN", u"GROUP", u"BY",    u"HAVING", u"AS",    u"TRUE", u"FALSE"};
constexpr std::initializer_list<QStringView> literalStarts = {u"INTERVAL", u"TIMESTAMP"};

} // namespace

namespace SqlKeywords {

bool isReserved(QStringView word)
{
    return isAnyOf(word, reserved);
}

bool needsQuotes(QStringView word)
{
    return isReserved(word) || isAnyOf(word, literalStarts);
}

QList<QStringView> words()
{
    QList<QStringView> all(reserved);
    for (QStringView word : literalStarts)
        all.append(word);
    for (QStringView unit : {u"SECOND", u"MINUTE", u"HOUR", u"DAY", u"WEEK", u"MONTH", u"YEAR"})
        all.append(unit);
    std::sort(all.begin(), all.end());
    return all;
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
