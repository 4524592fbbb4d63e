// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"
#include "parser.h"

class FieldCatalogue;

/// SQL → builder. Everything drawable becomes groups and conditions (BuilderConditionReader);
/// every other part becomes a locked piece holding its exact source text and range: nothing
/// is dropped or rewritten. Comments between drawn conditions are not kept.
namespace BuilderReader {

/// Fails with the parser's diagnostics when `text` does not parse.
Result<BuilderQuery> read(QStringView text, const FieldCatalogue &catalogue);
/// The reading of a query parsed from `text` without errors.
BuilderQuery read(const ParsedQuery &parsed, QStringView text, const FieldCatalogue &catalogue);

/// The query without its source text and the conditions' original texts: written afterwards in
/// the builder's own layout (keeping each condition's shape), as JSON or a new query is.
void forgetSource(BuilderQuery &query);
void forgetOrigins(BuilderNode &node);

} // namespace BuilderReader
