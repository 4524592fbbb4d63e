// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "formatter.h"

/// One expression or statement on one line, with only the parentheses its structure needs:
/// the printing under QueryFormatter (internal to the query library).
namespace ExpressionPrinter {

/// Binding strength, loosest first: an operand weaker than its place needs parentheses.
enum Precedence { Or = 1, And, Not, Predicate, Additive, Multiplicative, UnaryMinus, Primary };

int precedenceOf(const Expr &e);
using Quotes = QueryFormatter::Quotes;

/// `e` in parentheses when it binds more loosely than `minimum`.
QString text(const Expr &e, int minimum, Quotes quotes = Quotes::Doubled);
QString tableText(const TableRef &t);
QString selectListText(const SelectStatement &s, Quotes quotes = Quotes::Doubled);
QString statementInline(const SelectStatement &s, Quotes quotes = Quotes::Doubled);

} // namespace ExpressionPrinter
