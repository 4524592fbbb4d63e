// SPDX-License-Identifier: MIT
#pragma once

#include "builderoperator.h"

#include "common/result.h"

#include <QStringList>

/// One row of the visual builder: a field, an operator fitting the field's type, and the
/// operator's values, all as text (numbers as written, times as ISO-8601, list ids, days).
/// Engagement conditions name the pseudo-field "engagement"; their values are
/// {single send id or "" for any email, days or "" for ever}.
struct BuilderCondition
{
    QString field;
    BuilderFieldType type = BuilderFieldType::Text;
    BuilderOperator op = BuilderOperator::Is;
    QStringList values;

    bool operator==(const BuilderCondition &) const = default;

    /// Whether the condition can be written as SQL: the operator fits the type, the number
    /// of values fits the operator, and each value fits its editor (a number, an ISO-8601
    /// date or time, a whole number of days). The message names what is wrong.
    VoidResult check() const;
    /// Whether `text` is an ISO-8601 date (`2026-01-31`) without a time.
    static bool isDay(QStringView text);
};
