// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QStringList>

#include <vector>

/// Splits a query into tokens (ending with one End token) and comments. Problems such as an
/// unterminated string become diagnostics; lexing always continues to the end of the text.
/// Tokens view the text, which must outlive them, or `decoded`.
struct LexResult
{
    std::vector<Token> tokens;
    QStringList decoded; ///< string values with their escapes resolved
    QList<Comment> comments;
    QList<Diagnostic> diagnostics;
};

LexResult tokenize(QStringView text);

/// Whether the text of a Number token is a value the compilers can pass on: a whole number in
/// 64 bits, or a finite double. Any other would reach SQLite as 0 or infinity.
bool numberInRange(QStringView number);
