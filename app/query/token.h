// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

/// Whether lower-casing leaves `text` as it is, checked without a copy: ASCII with no capital
/// letters, as names usually are.
inline bool isLowerCaseAscii(QStringView text)
{
    for (QChar c : text) {
        if ((c >= u'A' && c <= u'Z') || c.unicode() > 127)
            return false;
    }
    return true;
}

inline char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

/// Whether `text` is `keyword` (ASCII) in any letter case. Compared inline: it is the parser's
/// most frequent question.
inline bool equalsKeyword(QStringView text, QStringView keyword)
{
    if (text.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        if (asciiLower(text[i].unicode()) != asciiLower(keyword[i].unicode()))
            return false;
    }
    return true;
}

/// Whether `a` and `b` are the same name in any letter case: ASCII compared inline, other
/// text through Qt's case folding. Names are compared on every column the linter sees.
inline bool sameName(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x > 127 || y > 127)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        if (asciiLower(x) != asciiLower(y))
            return false;
    }
    return true;
}

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
    /// A slice of the query text, or (for strings with escapes) of LexResult::decoded.
    QStringView text;
    SourceRange range;

    /// `keyword` is upper-case ASCII, as every keyword of the dialect is.
    bool isKeyword(QStringView keyword) const
    {
        return kind == Kind::Identifier && equalsKeyword(text, keyword);
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
