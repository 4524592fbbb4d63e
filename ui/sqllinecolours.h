// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextCharFormat>
#include <QTextLayout>

/// The colours of one line of segment SQL, read with the query lexer: keywords, strings,
/// numbers and comments, in the colours of the application's palette when it is made.
class SqlLineColours
{
public:
    SqlLineColours();

    /// Longer lines are not coloured (they are scrolled through, not read).
    static constexpr int LongLineChars = 10000;

    struct Line
    {
        QList<QTextCharFormat> chars; ///< one format per character of the line
        bool commentOpen = false; ///< a /* comment */ goes on past the line's end
    };
    /// `text`'s colours; `inComment` when an earlier line leaves a /* comment */ open.
    Line of(const QString &text, bool inComment) const;
    /// `chars` as the ranges a QTextLayout takes, neighbours of one format merged.
    static QList<QTextLayout::FormatRange> ranges(const QList<QTextCharFormat> &chars);

private:
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
};
