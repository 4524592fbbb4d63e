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
/// One expression on one line, with only the parentheses its structure needs.
QString expressionText(const Expr &expr);
/// A string literal in the form SendGrid's dialect reads back: single quotes, backslash escapes.
QString quoteString(QStringView value);
/// A name, in backticks when it is not a plain identifier.
QString quoteIdentifier(QStringView name);

} // namespace QueryFormatter
