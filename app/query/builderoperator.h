// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// What kind of value a builder condition compares: decides its operators, its value editor
/// and how its values are written in SQL (quoted or not).
enum class BuilderFieldType { Text, Number, Date, List, Engagement };

/// Every operator the visual builder offers. Each belongs to one or more field types
/// (BuilderOperators::forType); IsEmpty is shared by Text, Number and Date, Between by Number
/// and Date.
enum class BuilderOperator {
    // Text
    Is,
    IsNot,
    Contains,
    DoesNotContain,
    StartsWith,
    EndsWith,
    IsOneOf,
    IsEmpty,
    IsNotEmpty,
    IsNoneOf,
    DoesNotStartWith,
    DoesNotEndWith,
    // Number
    Equals,
    NotEquals,
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
    Between,
    // Date (plus Between and IsEmpty)
    On,
    Before,
    After,
    WithinLastDays,
    WithinLastWeeks,
    WithinLastMonths,
    MoreThanDaysAgo,
    // List membership
    InList,
    NotInList,
    // Engagement: values are {single send id or "", days or ""}
    WasSent,
    WasDelivered,
    WasOpened,
    WasClicked,
    WasBounced,
    WasUnsubscribed,
    NeverSent,
    NeverDelivered,
    NeverOpened,
    NeverClicked,
    NeverBounced,
    NeverUnsubscribed,
};

namespace BuilderOperators {

/// The operators offered for `type`, in the order a menu lists them.
const QList<BuilderOperator> &forType(BuilderFieldType type);
bool fits(BuilderOperator op, BuilderFieldType type);

/// Stable names for JSON and the CLI: "is_not", "within_last_days", "never_opened" …
QString name(BuilderOperator op);
std::optional<BuilderOperator> fromName(QStringView name);
QString typeName(BuilderFieldType type);
std::optional<BuilderFieldType> typeFromName(QStringView name);

/// How many values the operator takes: `minimum` to `maximum` (-1: any number, at least one).
struct Arity
{
    int minimum;
    int maximum;
};
Arity arity(BuilderOperator op);

/// The `event_type` an engagement operator looks for ("open" for WasOpened and NeverOpened).
QString eventType(BuilderOperator op);
/// The engagement operator for `eventType`, "was" or "never" form.
std::optional<BuilderOperator> engagementOperator(QStringView eventType, bool never);
bool isNever(BuilderOperator op);

/// The pseudo-field engagement conditions name (they read event_data, not a contact column).
inline QString engagementField()
{
    return QStringLiteral("engagement");
}
/// The contact column list membership reads.
inline QString listField()
{
    return QStringLiteral("list_ids");
}

} // namespace BuilderOperators
