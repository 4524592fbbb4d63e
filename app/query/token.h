// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

/// One lexical unit of a segment query.
struct Token
{
    enum class Kind {
        Identifier, ///< also keywords: the parser matches them case-insensitively
        QuotedIdentifier, ///< `backticked`; text holds the name without backticks
        String, ///< text holds the value with escapes resolved
        Number,
        Symbol, ///< ( ) , . [ ] : = != <> < <= > >= + - * / % ;
        End
    };

    Kind kind = Kind::End;
    QString text;
    SourceRange range;

    bool isKeyword(QStringView keyword) const
    {
        // Sizes first: most identifiers are not the keyword asked for, and the
        // case-insensitive comparison is the parser's hottest call.
        return kind == Kind::Identifier && text.size() == keyword.size()
            && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(QStringView symbol) const
    {
        // Symbols are one or two characters: compare them inline, not through QString.
        return kind == Kind::Symbol && text.size() == symbol.size()
            && text.front() == symbol.front()
            && (symbol.size() == 1 || text.back() == symbol.back());
    }
};

/// A `--` or `/* */` comment, kept for the formatter.
struct Comment
{
    QString text; ///< as written, including its markers
    SourceRange range;
};
