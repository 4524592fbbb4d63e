// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"

/// One expression or statement on one line, with only the parentheses its structure needs:
/// the printing under QueryFormatter (internal to the query library).
namespace ExpressionPrinter {

/// Binding strength, loosest first: an operand weaker than its place needs parentheses.
enum Precedence { Or = 1, And, Not, Predicate, Additive, Multiplicative, UnaryMinus, Primary };

int precedenceOf(const Expr &e);
/// `e` in parentheses when it binds more loosely than `minimum`.
QString text(const Expr &e, int minimum);
QString tableText(const TableRef &t);
QString selectListText(const SelectStatement &s);
QString statementInline(const SelectStatement &s);

} // namespace ExpressionPrinter
