// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

/// Splits a query into tokens (ending with one End token) and comments. Problems such as an
/// unterminated string become diagnostics; lexing always continues to the end of the text.
struct LexResult
{
    QList<Token> tokens;
    QList<Comment> comments;
    QList<Diagnostic> diagnostics;
};

LexResult tokenize(QStringView text);
