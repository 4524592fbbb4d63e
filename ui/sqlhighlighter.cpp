// SPDX-License-Identifier: MIT
#include "sqlhighlighter.h"

#include "query/lexer.h"
#include "query/sqlkeywords.h"
#include "themecolours.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace {

QTextCharFormat colour(const QColor &c, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const QPalette palette = QGuiApplication::palette();
    m_string = colour(ThemeColours::sqlString(palette));
    m_number = colour(ThemeColours::sqlNumber(palette));
    m_keyword = colour(ThemeColours::sqlKeyword(palette), true);
    m_comment = colour(palette.color(QPalette::PlaceholderText));
    m_error = ThemeColours::error(palette);
    m_warning = ThemeColours::warning(palette);
}

void SqlHighlighter::setDiagnostics(QList<Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    // Blocks are highlighted one at a time: a /* comment */ over several lines is carried
    // from block to block in the block state.
    qsizetype codeStart = 0;
    bool commentOpen = false;
    if (previousBlockState() == InComment) {
        const qsizetype close = text.indexOf(QStringLiteral("*/"));
        commentOpen = close < 0;
        codeStart = commentOpen ? text.size() : close + 2;
        setFormat(0, int(codeStart), m_comment);
    }
    const LexResult lexed = tokenize(QStringView(text).mid(codeStart));
    for (const Token &t : lexed.tokens) {
        const int start = int(codeStart) + t.range.offset;
        if (t.kind == Token::Kind::String)
            setFormat(start, t.range.length, m_string);
        else if (t.kind == Token::Kind::Number)
            setFormat(start, t.range.length, m_number);
        else if (t.kind == Token::Kind::Identifier && SqlKeywords::isKeyword(t.text))
            setFormat(start, t.range.length, m_keyword);
    }
    for (const Comment &c : lexed.comments) {
        setFormat(int(codeStart) + c.range.offset, c.range.length, m_comment);
        commentOpen = c.text.startsWith(QStringLiteral("/*"))
            && (c.text.size() < 4 || !c.text.endsWith(QStringLiteral("*/")));
    }
    setCurrentBlockState(commentOpen ? InComment : Code);
    underline(currentBlock().position(), int(text.size()));
}

void SqlHighlighter::underline(int blockStart, int blockLength)
{
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const int start = qMax(d.range.offset, blockStart);
        const int end = qMin(d.range.offset + qMax(1, d.range.length), blockStart + blockLength);
        if (start >= end)
            continue;
        QTextCharFormat f = format(start - blockStart);
        f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        f.setUnderlineColor(d.severity == Diagnostic::Severity::Error ? m_error : m_warning);
        f.setToolTip(d.message);
        setFormat(start - blockStart, end - start, f);
    }
}
