// SPDX-License-Identifier: MIT
#include "builderoperator.h"

#include <array>

namespace {

using Op = BuilderOperator;

struct Entry
{
    Op op;
    const char16_t *name;
    BuilderOperators::Arity arity;
};

// One value for comparisons, two for ranges, none for emptiness, any number for sets.
// Engagement takes up to two: the single send (empty: any email) and the days (empty: ever).
constexpr std::array<Entry, 40> Entries = {{
    {Op::Is, u"is", {1, 1}},
    {Op::IsNot, u"is_not", {1, 1}},
    {Op::Contains, u"contains", {1, 1}},
    {Op::DoesNotContain, u"does_not_contain", {1, 1}},
    {Op::StartsWith, u"starts_with", {1, 1}},
    {Op::EndsWith, u"ends_with", {1, 1}},
    {Op::IsOneOf, u"is_one_of", {1, -1}},
    {Op::IsEmpty, u"is_empty", {0, 0}},
    {Op::IsNotEmpty, u"is_not_empty", {0, 0}},
    {Op::IsNoneOf, u"is_none_of", {1, -1}},
    {Op::DoesNotStartWith, u"does_not_start_with", {1, 1}},
    {Op::DoesNotEndWith, u"does_not_end_with", {1, 1}},
    {Op::Equals, u"equals", {1, 1}},
    {Op::NotEquals, u"not_equals", {1, 1}},
    {Op::LessThan, u"less_than", {1, 1}},
    {Op::AtMost, u"at_most", {1, 1}},
    {Op::GreaterThan, u"greater_than", {1, 1}},
    {Op::AtLeast, u"at_least", {1, 1}},
    {Op::Between, u"between", {2, 2}},
    {Op::On, u"on", {1, 1}},
    {Op::Before, u"before", {1, 1}},
    {Op::After, u"after", {1, 1}},
    {Op::WithinLastDays, u"within_last_days", {1, 1}},
    {Op::WithinLastWeeks, u"within_last_weeks", {1, 1}},
    {Op::WithinLastMonths, u"within_last_months", {1, 1}},
    {Op::MoreThanDaysAgo, u"more_than_days_ago", {1, 1}},
    {Op::InList, u"in_list", {1, -1}},
    {Op::NotInList, u"not_in_list", {1, -1}},
    {Op::WasSent, u"was_sent", {0, 2}},
    {Op::WasDelivered, u"was_delivered", {0, 2}},
    {Op::WasOpened, u"was_opened", {0, 2}},
    {Op::WasClicked, u"was_clicked", {0, 2}},
    {Op::WasBounced, u"was_bounced", {0, 2}},
    {Op::WasUnsubscribed, u"was_unsubscribed", {0, 2}},
    {Op::NeverSent, u"never_sent", {0, 2}},
    {Op::NeverDelivered, u"never_delivered", {0, 2}},
    {Op::NeverOpened, u"never_opened", {0, 2}},
    {Op::NeverClicked, u"never_clicked", {0, 2}},
    {Op::NeverBounced, u"never_bounced", {0, 2}},
    {Op::NeverUnsubscribed, u"never_unsubscribed", {0, 2}},
}};

const Entry &entry(Op op)
{
    return Entries[size_t(op)]; // Entries is in the enum's order
}

// The Event Webhook's names (segmentation-query-language.md §5.2); the sandbox stores the same.
constexpr std::array<const char16_t *, 6> EventTypes
    = {u"processed", u"delivered", u"open", u"click", u"bounce", u"unsubscribe"};

constexpr std::array<const char16_t *, 5> TypeNames
    = {u"text", u"number", u"date", u"list", u"engagement"};

} // namespace

namespace BuilderOperators {

const QList<BuilderOperator> &forType(BuilderFieldType type)
{
    static const QList<Op> text = {Op::Is,         Op::IsNot,
                                   Op::Contains,   Op::DoesNotContain,
                                   Op::StartsWith, Op::DoesNotStartWith,
                                   Op::EndsWith,   Op::DoesNotEndWith,
                                   Op::IsOneOf,    Op::IsNoneOf,
                                   Op::IsEmpty,    Op::IsNotEmpty};
    static const QList<Op> number
        = {Op::Equals,  Op::NotEquals, Op::LessThan, Op::AtMost,    Op::GreaterThan,
           Op::AtLeast, Op::Between,   Op::IsEmpty,  Op::IsNotEmpty};
    static const QList<Op> date = {Op::On,
                                   Op::Before,
                                   Op::After,
                                   Op::Between,
                                   Op::WithinLastDays,
                                   Op::WithinLastWeeks,
                                   Op::WithinLastMonths,
                                   Op::MoreThanDaysAgo,
                                   Op::IsEmpty,
                                   Op::IsNotEmpty};
    static const QList<Op> list = {Op::InList, Op::NotInList};
    static const QList<Op> engagement
        = {Op::WasSent,     Op::WasDelivered,    Op::WasOpened,    Op::WasClicked,
           Op::WasBounced,  Op::WasUnsubscribed, Op::NeverSent,    Op::NeverDelivered,
           Op::NeverOpened, Op::NeverClicked,    Op::NeverBounced, Op::NeverUnsubscribed};
    switch (type) {
    case BuilderFieldType::Text:
        return text;
    case BuilderFieldType::Number:
        return number;
    case BuilderFieldType::Date:
        return date;
    case BuilderFieldType::List:
        return list;
    case BuilderFieldType::Engagement:
        break;
    }
    return engagement;
}

bool fits(BuilderOperator op, BuilderFieldType type)
{
    return forType(type).contains(op);
}

QString name(BuilderOperator op)
{
    return QString::fromUtf16(entry(op).name);
}

std::optional<BuilderOperator> fromName(QStringView name)
{
    for (const Entry &e : Entries)
        if (name == QStringView(e.name))
            return e.op;
    return std::nullopt;
}

QString typeName(BuilderFieldType type)
{
    return QString::fromUtf16(TypeNames[size_t(type)]);
}

std::optional<BuilderFieldType> typeFromName(QStringView name)
{
    for (size_t i = 0; i < TypeNames.size(); ++i)
        if (name == QStringView(TypeNames[i]))
            return BuilderFieldType(i);
    return std::nullopt;
}

Arity arity(BuilderOperator op)
{
    return entry(op).arity;
}

bool isNever(BuilderOperator op)
{
    return op >= Op::NeverSent && op <= Op::NeverUnsubscribed;
}

QString eventType(BuilderOperator op)
{
    const int first = int(isNever(op) ? Op::NeverSent : Op::WasSent);
    const int index = int(op) - first;
    return index >= 0 && index < int(EventTypes.size()) ? QString::fromUtf16(EventTypes[index])
                                                        : QString();
}

std::optional<BuilderOperator> engagementOperator(QStringView eventType, bool never)
{
    for (size_t i = 0; i < EventTypes.size(); ++i)
        if (eventType == QStringView(EventTypes[i]))
            return Op(int(never ? Op::NeverSent : Op::WasSent) + int(i));
    return std::nullopt;
}

} // namespace BuilderOperators
