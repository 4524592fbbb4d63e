// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"

#include <optional>

/// Builder → SQL by editing the text the query was read from: unchanged, the text itself; with
/// the same groups and pieces (only conditions' values or operators, or locked pieces' text,
/// changed), the text with each changed part written anew in its place and everything else
/// (layout, comments, letter case) as it was. Nothing when the tree changed otherwise, or a
/// change cannot stay in place (an engagement over a JOIN that became "never"): then
/// BuilderWriter lays the query out anew.
namespace BuilderSplice {

std::optional<Result<QString>> write(const BuilderQuery &query);

} // namespace BuilderSplice
