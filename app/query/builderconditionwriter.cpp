// SPDX-License-Identifier: MIT
#include "builderconditionwriter.h"

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
    const bool leading = c.op != Op::StartsWith;
    const bool trailing = c.op != Op::EndsWith;
    // `%` then `%%…` reads back as `%%` then `%`: a value that starts with a percent sign
    // cannot follow a leading wildcard in this dialect.
    if (leading && value.startsWith(u'%'))
        return Result<QString>::failure(
            QStringLiteral("%1 %2: a value starting with %% cannot be written in SendGrid's LIKE")
                .arg(c.field, BuilderOperators::name(c.op)));
    const QString pattern = (leading ? QStringLiteral("%") : QString()) + likeText(value)
        + (trailing ? QStringLiteral("%") : QString());
    const bool no = c.op == Op::DoesNotContain;
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

QString dateCondition(const QString &col, const BuilderCondition &c)
{
    const QStringList &v = c.values;
    switch (c.op) {
    case Op::On:
        return BuilderCondition::isDay(v[0]) ? col + QStringLiteral(" BETWEEN ")
                + quoteString(dayStart(v[0])) + QStringLiteral(" AND ") + quoteString(dayEnd(v[0]))
                                             : col + QStringLiteral(" = ") + quoteString(v[0]);
    case Op::Before:
        return col + QStringLiteral(" < ") + quoteString(dayStart(v[0]));
    case Op::After:
        return col + QStringLiteral(" > ") + quoteString(dayEnd(v[0]));
    case Op::Between:
        return col + QStringLiteral(" BETWEEN ") + quoteString(dayStart(v[0]))
            + QStringLiteral(" AND ") + quoteString(dayEnd(v[1]));
    case Op::WithinLastDays:
        return col + QStringLiteral(" >= ") + since(v[0], u"DAY");
    case Op::WithinLastWeeks:
        return col + QStringLiteral(" >= ") + since(v[0], u"WEEK");
    case Op::WithinLastMonths:
        return col + QStringLiteral(" >= ") + since(v[0], u"MONTH");
    case Op::MoreThanDaysAgo:
        return col + QStringLiteral(" < ") + since(v[0], u"DAY");
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
        return Result<QString>::success(col + QStringLiteral(" IN (") + quotedList(c.values)
                                        + u')');
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

BuilderConditionWriter::Written engagement(QStringView alias, const BuilderCondition &c)
{
    const QString ev = BuilderConditionWriter::eventAlias();
    QStringList terms = {column(ev, u"event_type") + QStringLiteral(" = ")
                         + quoteString(BuilderOperators::eventType(c.op))};
    const QString singleSend = c.values.value(0);
    if (!singleSend.isEmpty())
        terms << column(ev, u"data") + QStringLiteral(":payload.unique_args.singlesend_id = ")
                + quoteString(singleSend);
    const QString days = c.values.value(1);
    if (!days.isEmpty())
        terms << column(ev, u"event_timestamp") + QStringLiteral(" >= ") + since(days, u"DAY");
    BuilderConditionWriter::Written out;
    out.opening = column(alias, u"contact_id")
        + (BuilderOperators::isNever(c.op) ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN ("));
    out.subquery << QStringLiteral("SELECT ") + column(ev, u"contact_id")
                 << QStringLiteral("FROM event_data AS ") + ev
                 << QStringLiteral("WHERE ") + terms.first();
    for (qsizetype i = 1; i < terms.size(); ++i)
        out.subquery << QStringLiteral("  AND ") + terms[i];
    out.line = out.opening + QStringLiteral("SELECT ") + column(ev, u"contact_id")
        + QStringLiteral(" FROM event_data AS ") + ev + QStringLiteral(" WHERE ")
        + terms.join(QStringLiteral(" AND ")) + u')';
    return out;
}

} // namespace

namespace BuilderConditionWriter {

Result<Written> write(const BuilderCondition &condition, QStringView alias)
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
        out.line = dateCondition(col, condition);
        break;
    case BuilderFieldType::List:
        out.line = listCondition(col, condition);
        break;
    case BuilderFieldType::Engagement:
        out = engagement(alias, condition);
        break;
    }
    return Result<Written>::success(out);
}

} // namespace BuilderConditionWriter
