// SPDX-License-Identifier: MIT
#include "builderconditionwriter.h"

#include "builderengagementterms.h"
#include "formatter.h"

namespace {

using Op = BuilderOperator;
using QueryFormatter::quoteIdentifier;
using QueryFormatter::quoteString;

QString column(QStringView alias, QStringView name)
{
    return alias.isEmpty() ? quoteIdentifier(name)
                           : quoteIdentifier(alias) + u'.' + quoteIdentifier(name);
}

/// SendGrid's LIKE: `%` is any run, `%%` a literal percent sign.
QString likeText(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'%', QStringLiteral("%%"));
    return escaped;
}

Result<QString> likeCondition(const QString &col, const BuilderCondition &c)
{
    const QString value = c.values.first();
    const bool leading = c.op != Op::StartsWith && c.op != Op::DoesNotStartWith;
    const bool trailing = c.op != Op::EndsWith && c.op != Op::DoesNotEndWith;
    // `%` then `%%…` reads back as `%%` then `%`: a value that starts with a percent sign
    // cannot follow a leading wildcard in this dialect.
    if (leading && value.startsWith(u'%'))
        return Result<QString>::failure(
            QStringLiteral("%1 %2: a value starting with %% cannot be written in SendGrid's LIKE")
                .arg(c.field, BuilderOperators::name(c.op)));
    const QString pattern = (leading ? QStringLiteral("%") : QString()) + likeText(value)
        + (trailing ? QStringLiteral("%") : QString());
    const bool no
        = c.op == Op::DoesNotContain || c.op == Op::DoesNotStartWith || c.op == Op::DoesNotEndWith;
    return Result<QString>::success(col
                                    + (no ? QStringLiteral(" NOT LIKE ") : QStringLiteral(" LIKE "))
                                    + quoteString(pattern));
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << quoteString(v);
    return quoted.join(QStringLiteral(", "));
}

QString since(const QString &count, QStringView unit)
{
    return QStringLiteral("now() - INTERVAL ") + count + u' ' + unit.toString();
}

/// A day alone means the whole day: from its first to its last second (UTC).
QString dayStart(const QString &value)
{
    return BuilderCondition::isDay(value) ? value + QStringLiteral("T00:00:00Z") : value;
}

QString dayEnd(const QString &value)
{
    return BuilderCondition::isDay(value) ? value + QStringLiteral("T23:59:59Z") : value;
}

QString dateCondition(const QString &col, const BuilderCondition &c, const BuilderShape &shape)
{
    const QStringList &v = c.values;
    const QString after = shape.strict ? QStringLiteral(" > ") : QStringLiteral(" >= ");
    const auto time = [&shape](const QString &text) {
        return (shape.timestampKeyword ? QStringLiteral("TIMESTAMP ") : QString())
            + quoteString(text);
    };
    switch (c.op) {
    case Op::On:
        return BuilderCondition::isDay(v[0]) ? col + QStringLiteral(" BETWEEN ")
                + time(dayStart(v[0])) + QStringLiteral(" AND ") + time(dayEnd(v[0]))
                                             : col + QStringLiteral(" = ") + time(v[0]);
    case Op::Before:
        return col + QStringLiteral(" < ") + time(dayStart(v[0]));
    case Op::After:
        return col + QStringLiteral(" > ") + time(dayEnd(v[0]));
    case Op::Between:
        return col + QStringLiteral(" BETWEEN ") + time(dayStart(v[0])) + QStringLiteral(" AND ")
            + time(dayEnd(v[1]));
    case Op::WithinLastDays:
        return col + after + since(v[0], u"DAY");
    case Op::WithinLastWeeks:
        return col + after + since(v[0], u"WEEK");
    case Op::WithinLastMonths:
        return col + after + since(v[0], u"MONTH");
    case Op::MoreThanDaysAgo:
        return col + QStringLiteral(" < ") + since(v[0], u"DAY");
    case Op::IsNotEmpty:
        return col + QStringLiteral(" IS NOT NULL");
    default:
        return col + QStringLiteral(" IS NULL");
    }
}

QString numberCondition(const QString &col, const BuilderCondition &c)
{
    const QStringList &v = c.values;
    switch (c.op) {
    case Op::Equals:
        return col + QStringLiteral(" = ") + v[0];
    case Op::NotEquals:
        return col + QStringLiteral(" != ") + v[0];
    case Op::LessThan:
        return col + QStringLiteral(" < ") + v[0];
    case Op::AtMost:
        return col + QStringLiteral(" <= ") + v[0];
    case Op::GreaterThan:
        return col + QStringLiteral(" > ") + v[0];
    case Op::AtLeast:
        return col + QStringLiteral(" >= ") + v[0];
    case Op::Between:
        return col + QStringLiteral(" BETWEEN ") + v[0] + QStringLiteral(" AND ") + v[1];
    case Op::IsNotEmpty:
        return col + QStringLiteral(" IS NOT NULL");
    default:
        return col + QStringLiteral(" IS NULL");
    }
}

Result<QString> textCondition(const QString &col, const BuilderCondition &c)
{
    switch (c.op) {
    case Op::Is:
        return Result<QString>::success(col + QStringLiteral(" = ") + quoteString(c.values[0]));
    case Op::IsNot:
        return Result<QString>::success(col + QStringLiteral(" != ") + quoteString(c.values[0]));
    case Op::IsOneOf:
    case Op::IsNoneOf:
        return Result<QString>::success(
            col + (c.op == Op::IsNoneOf ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN ("))
            + quotedList(c.values) + u')');
    case Op::IsEmpty:
        return Result<QString>::success(col + QStringLiteral(" IS NULL"));
    case Op::IsNotEmpty:
        return Result<QString>::success(col + QStringLiteral(" IS NOT NULL"));
    default:
        return likeCondition(col, c);
    }
}

QString listCondition(const QString &col, const BuilderCondition &c)
{
    const QString values
        = c.values.size() == 1 ? quoteString(c.values.first()) : u'[' + quotedList(c.values) + u']';
    const QString test
        = QStringLiteral("array_contains(") + col + QStringLiteral(", ") + values + u')';
    return c.op == Op::NotInList ? QStringLiteral("NOT ") + test : test;
}

BuilderConditionWriter::Written engagement(QStringView alias, const BuilderCondition &c,
                                           const BuilderShape &shape)
{
    const QString ev
        = shape.eventAlias.isEmpty() ? BuilderConditionWriter::eventAlias() : shape.eventAlias;
    const QStringList terms = BuilderEngagementTerms::write(c, shape, ev);
    BuilderConditionWriter::Written out;
    if (shape.joined) {
        out.line = terms.join(QStringLiteral(" AND "));
        out.terms = terms;
        return out;
    }
    out.opening = column(alias, u"contact_id")
        + (BuilderOperators::isNever(c.op) ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN ("));
    out.subquery << QStringLiteral("SELECT ") + column(ev, u"contact_id")
                 << QStringLiteral("FROM event_data AS ") + quoteIdentifier(ev)
                 << QStringLiteral("WHERE ") + terms.first();
    for (qsizetype i = 1; i < terms.size(); ++i)
        out.subquery << QStringLiteral("  AND ") + terms[i];
    out.line = out.opening + QStringLiteral("SELECT ") + column(ev, u"contact_id")
        + QStringLiteral(" FROM event_data AS ") + quoteIdentifier(ev) + QStringLiteral(" WHERE ")
        + terms.join(QStringLiteral(" AND ")) + u')';
    return out;
}

} // namespace

namespace BuilderConditionWriter {

Result<Written> write(const BuilderCondition &condition, QStringView alias,
                      const BuilderShape &shape)
{
    const VoidResult checked = condition.check();
    if (!checked.isOk())
        return Result<Written>::failure(checked.error());
    const QString col = column(alias, condition.field);
    Written out;
    switch (condition.type) {
    case BuilderFieldType::Text: {
        Result<QString> text = textCondition(col, condition);
        if (!text.isOk())
            return Result<Written>::failure(text.error());
        out.line = text.value();
        break;
    }
    case BuilderFieldType::Number:
        out.line = numberCondition(col, condition);
        break;
    case BuilderFieldType::Date:
        out.line = dateCondition(col, condition, shape);
        break;
    case BuilderFieldType::List:
        out.line = listCondition(col, condition);
        break;
    case BuilderFieldType::Engagement:
        out = engagement(alias, condition, shape);
        break;
    }
    return Result<Written>::success(out);
}

} // namespace BuilderConditionWriter
