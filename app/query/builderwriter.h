// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"

/// Builder → SQL in the layout of QueryFormatter (keywords in upper case, one condition per
/// line at AND/OR, nested groups indented, sub-selects on their own lines), so that formatting
/// the result changes nothing but locked pieces. Locked pieces are written exactly as they
/// were read; empty groups are left out: they contribute nothing.
namespace BuilderWriter {

/// Fails, naming the condition, when a condition cannot be written (BuilderCondition::check);
/// and when there are groups but every one is empty: left out, they would leave no WHERE and
/// the segment would select every contact.
Result<QString> toSql(const BuilderQuery &query);

} // namespace BuilderWriter
