// SPDX-License-Identifier: MIT
#pragma once

#include "completion.h"
#include "lexer.h"

#include <vector>

/// How the completion reads the tokens around the cursor.
namespace CompletionContext {

/// A table or column name, bare or `quoted`.
bool isName(const Token &t);
/// The tables `tokens` name (FROM/JOIN table [AS] alias): table name and alias -> table.
QList<std::pair<QString, QStringView>> scopeOf(const std::vector<Token> &tokens);
/// The place after tokens[0, end): what kind of word fits there. For a Member, `qualifier`
/// is the alias or table before the dot.
Completion::Context contextBefore(const std::vector<Token> &tokens, size_t end,
                                  QStringView &qualifier);

} // namespace CompletionContext
