// SPDX-License-Identifier: MIT
#pragma once

#include "fieldcatalogue.h"
#include "parser.h"

/// SendGrid's dialect rules and column checks on a parsed query. Each message gives the reason.
/// SendGrid is the final authority: callers may save despite errors ("Save anyway").
namespace QueryLinter {

/// The parse diagnostics followed by the linter's own, placed on `text` and sorted.
QList<Diagnostic> lint(const ParsedQuery &query, const FieldCatalogue &catalogue, QStringView text);
/// Parses (statement or expression form) and lints.
QList<Diagnostic> lint(QStringView text, const FieldCatalogue &catalogue);

} // namespace QueryLinter
