// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

/// One lexical unit of a segment query.
/// `text` lower-cased, without a copy when it already is (names usually are).
inline QString lowerCase(const QString &text)
{
    for (QChar c : text) {
        if ((c >= u'A' && c <= u'Z') || c.unicode() > 127)
            return text.toLower();
    }
    return text;
}

/// Whether `text` is `keyword` (upper-case ASCII) in any case. Compared inline: it is the
/// parser's most frequent question.
inline bool equalsKeyword(QStringView text, QStringView keyword)
{
    if (text.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= u'a' && c <= u'z')
            c -= u'a' - u'A';
        if (c != keyword[i].unicode())
            return false;
    }
    return true;
}

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
