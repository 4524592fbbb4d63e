// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"

/// Builder → SQL in the layout of QueryFormatter (keywords in upper case, one condition per
/// line at AND/OR, nested groups indented, sub-selects on their own lines), so that formatting
/// the result changes nothing but locked pieces. Locked pieces are written exactly as they
/// were read; empty groups are left out.
namespace BuilderWriter {

/// Fails, naming the condition, when a condition cannot be written (BuilderCondition::check).
Result<QString> toSql(const BuilderQuery &query);

} // namespace BuilderWriter
