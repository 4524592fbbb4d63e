// SPDX-License-Identifier: MIT
#include "buildercondition.h"

#include "isotime.h"
#include "lexer.h"

#include <QRegularExpression>

namespace {

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

/// What the lexer accepts: the sign is an operator of its own, so only the digits count.
bool inRange(const QString &number)
{
    return numberInRange(QStringView(number).sliced(number.startsWith(u'-') ? 1 : 0));
}

bool isCount(const QString &text)
{
    static const QRegularExpression count(QStringLiteral("^[1-9][0-9]{0,5}$"));
    return count.match(text).hasMatch();
}

using Op = BuilderOperator;

bool takesCount(Op op)
{
    return op == Op::WithinLastDays || op == Op::WithinLastWeeks || op == Op::WithinLastMonths
        || op == Op::MoreThanDaysAgo;
}

VoidResult checkValue(const BuilderCondition &c, const QString &value, qsizetype index)
{
    const auto bad = [&](const QString &what) {
        return VoidResult::failure(QStringLiteral("%1 %2: \"%3\" is not %4")
                                       .arg(c.field, BuilderOperators::name(c.op), value, what));
    };
    switch (c.type) {
    case BuilderFieldType::Number:
        if (!isNumber(value))
            return bad(QStringLiteral("a number"));
        return inRange(value) ? VoidResult::success()
                              : bad(QStringLiteral("a number in range (whole numbers go up to "
                                                   "9223372036854775807)"));
    case BuilderFieldType::Date:
        if (takesCount(c.op))
            return isCount(value) ? VoidResult::success() : bad(QStringLiteral("a whole number"));
        return isIsoTime(value) ? VoidResult::success()
                                : bad(QStringLiteral("an ISO-8601 date or time"));
    case BuilderFieldType::List:
        return value.isEmpty() ? bad(QStringLiteral("a list id")) : VoidResult::success();
    case BuilderFieldType::Engagement:
        if (index == 1 && !value.isEmpty() && !isCount(value))
            return bad(QStringLiteral("a whole number of days"));
        return VoidResult::success();
    case BuilderFieldType::Text:
        break;
    }
    return VoidResult::success();
}

} // namespace

VoidResult BuilderCondition::check() const
{
    if (field.isEmpty())
        return VoidResult::failure(QStringLiteral("A condition needs a field"));
    if (!BuilderOperators::fits(op, type))
        return VoidResult::failure(
            QStringLiteral("%1: \"%2\" is not an operator for %3 fields")
                .arg(field, BuilderOperators::name(op), BuilderOperators::typeName(type)));
    const BuilderOperators::Arity arity = BuilderOperators::arity(op);
    if (values.size() < arity.minimum || (arity.maximum >= 0 && values.size() > arity.maximum))
        return VoidResult::failure(QStringLiteral("%1 %2 takes %3 value(s), not %4")
                                       .arg(field, BuilderOperators::name(op))
                                       .arg(arity.maximum < 0 ? QStringLiteral("one or more")
                                                              : QString::number(arity.maximum))
                                       .arg(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        VoidResult ok = checkValue(*this, values[i], i);
        if (!ok.isOk())
            return ok;
    }
    return VoidResult::success();
}

bool BuilderCondition::isDay(QStringView text)
{
    return text.size() == 10 && isIsoTime(text);
}
