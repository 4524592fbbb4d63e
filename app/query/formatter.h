// SPDX-License-Identifier: MIT
#pragma once

#include "parser.h"

/// Canonical layout of a query: keywords in upper case, one condition per line at AND/OR,
/// nested groups indented, comments kept on their own lines before what followed them.
/// Idempotent, and parse(format(q)) is structurally equal to parse(q).
namespace QueryFormatter {

/// The formatted text of a parsed query; the original text when it has errors.
QString format(const ParsedQuery &query, QStringView original);
/// Parses `text` (statement or expression form) and formats it.
QString format(QStringView text);
/// How a string literal escapes a quote inside it: doubled as SQL does, in V2's query_dsl
/// ('O''Brien'), or with a backslash, the one escape SGQL v1's reference gives ('O\'Brien').
enum class Quotes { Doubled, Backslash };

/// One expression on one line, with only the parentheses its structure needs.
QString expressionText(const Expr &expr, Quotes quotes = Quotes::Doubled);
/// A string literal in single quotes; a backslash is written as two in both forms.
QString quoteString(QStringView value, Quotes quotes = Quotes::Doubled);
/// A name, in backticks when it is not a plain identifier.
QString quoteIdentifier(QStringView name);

} // namespace QueryFormatter
