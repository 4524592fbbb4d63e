// SPDX-License-Identifier: MIT
#include "builderdefaults.h"

#include "common/clock.h"

#include <QDate>

namespace {

using Op = BuilderOperator;

bool takesCount(Op op)
{
    return op == Op::WithinLastDays || op == Op::WithinLastWeeks || op == Op::WithinLastMonths
        || op == Op::MoreThanDaysAgo;
}

/// What one value of `op` holds: conditions keep values across operators of the same kind.
QString valueKind(BuilderFieldType type, Op op)
{
    if (type == BuilderFieldType::Date)
        return takesCount(op) ? QStringLiteral("count") : QStringLiteral("date");
    return BuilderOperators::typeName(type);
}

QString firstListId(const BuilderContext &context)
{
    QString firstId;
    QString firstName;
    for (auto it = context.listNames.begin(); it != context.listNames.end(); ++it) {
        if (firstId.isEmpty() || it.value() < firstName) {
            firstId = it.key();
            firstName = it.value();
        }
    }
    return firstId;
}

QString startValue(BuilderFieldType type, Op op, const BuilderContext &context)
{
    switch (type) {
    case BuilderFieldType::Number:
        return QStringLiteral("0");
    case BuilderFieldType::Date:
        return takesCount(op) ? QStringLiteral("30")
                              : context.clock->now().toLocalTime().date().toString(Qt::ISODate);
    case BuilderFieldType::List:
        return firstListId(context);
    default:
        return {};
    }
}

} // namespace

namespace BuilderDefaults {

BuilderCondition newCondition(const BuilderContext &context)
{
    BuilderFields::Field field {QStringLiteral("email"), BuilderFieldType::Text};
    const bool hasEmail = std::any_of(context.fields.begin(), context.fields.end(),
                                      [](const auto &f) { return f.name == u"email"; });
    if (!hasEmail && !context.fields.isEmpty())
        field = context.fields.first();
    return forField(field, context);
}

BuilderCondition forField(const BuilderFields::Field &field, const BuilderContext &context)
{
    BuilderCondition condition {
        field.name, field.type, BuilderOperators::forType(field.type).first(), {}};
    return withOperator(condition, condition.op, context);
}

BuilderCondition withOperator(BuilderCondition condition, BuilderOperator op,
                              const BuilderContext &context)
{
    const bool sameKind = valueKind(condition.type, condition.op) == valueKind(condition.type, op);
    QStringList values = sameKind ? condition.values : QStringList();
    condition.op = op;
    if (condition.type == BuilderFieldType::Engagement) {
        values.resize(2); // any email; days kept, or 30 for a new condition
        if (!sameKind || condition.values.isEmpty())
            values[1] = QStringLiteral("30");
        condition.values = values;
        return condition;
    }
    const BuilderOperators::Arity arity = BuilderOperators::arity(op);
    const qsizetype wanted
        = arity.maximum < 0 ? std::max<qsizetype>(1, values.size()) : arity.maximum;
    while (values.size() < wanted)
        values << startValue(condition.type, op, context);
    values.resize(wanted);
    condition.values = values;
    return condition;
}

} // namespace BuilderDefaults
