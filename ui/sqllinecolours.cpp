// SPDX-License-Identifier: MIT
#include "sqllinecolours.h"

#include "query/lexer.h"
#include "query/sqlkeywords.h"
#include "themecolours.h"

#include <QGuiApplication>

namespace {

QTextCharFormat colour(const QColor &c, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

void fill(QList<QTextCharFormat> &chars, qsizetype start, qsizetype length,
          const QTextCharFormat &format)
{
    std::fill(chars.begin() + start, chars.begin() + start + length, format);
}

} // namespace

SqlLineColours::SqlLineColours()
{
    const QPalette palette = QGuiApplication::palette();
    m_string = colour(ThemeColours::sqlString(palette));
    m_number = colour(ThemeColours::sqlNumber(palette));
    m_keyword = colour(ThemeColours::sqlKeyword(palette), true);
    m_comment = colour(palette.color(QPalette::PlaceholderText));
}

SqlLineColours::Line SqlLineColours::of(const QString &text, bool inComment) const
{
    Line line {QList<QTextCharFormat>(text.size()), inComment};
    if (text.size() > LongLineChars)
        return line; // its state passes through: editors skip long lines the same way
    qsizetype codeStart = 0;
    if (inComment) {
        const qsizetype close = text.indexOf(QStringLiteral("*/"));
        line.commentOpen = close < 0;
        codeStart = line.commentOpen ? text.size() : close + 2;
        fill(line.chars, 0, codeStart, m_comment);
    }
    const LexResult lexed = tokenize(QStringView(text).mid(codeStart));
    for (const Token &t : lexed.tokens) {
        const qsizetype start = codeStart + t.range.offset;
        if (t.kind == Token::Kind::String)
            fill(line.chars, start, t.range.length, m_string);
        else if (t.kind == Token::Kind::Number)
            fill(line.chars, start, t.range.length, m_number);
        else if (t.kind == Token::Kind::Identifier && SqlKeywords::isKeyword(t.text))
            fill(line.chars, start, t.range.length, m_keyword);
    }
    for (const Comment &c : lexed.comments) {
        fill(line.chars, codeStart + c.range.offset, c.range.length, m_comment);
        line.commentOpen = c.text.startsWith(QStringLiteral("/*"))
            && (c.text.size() < 4 || !c.text.endsWith(QStringLiteral("*/")));
    }
    return line;
}

QList<QTextLayout::FormatRange> SqlLineColours::ranges(const QList<QTextCharFormat> &chars)
{
    QList<QTextLayout::FormatRange> out;
    for (qsizetype i = 0; i < chars.size();) {
        qsizetype end = i + 1;
        while (end < chars.size() && chars.at(end) == chars.at(i))
            ++end;
        if (!chars.at(i).isEmpty())
            out.append({int(i), int(end - i), chars.at(i)});
        i = end;
    }
    return out;
}
