// SPDX-License-Identifier: MIT
#include "sqlhighlighter.h"

#include "query/lexer.h"
#include "query/sqlkeywords.h"

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
{ }

void SqlHighlighter::setDiagnostics(QList<Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    // Blocks are highlighted one at a time; a comment that spans lines is coloured from its
    // start line by the block state.
    const LexResult lexed = tokenize(text);
    for (const Token &t : lexed.tokens) {
        if (t.kind == Token::Kind::String)
            setFormat(t.range.offset, t.range.length, colour(QColor(0x0a, 0x7a, 0x3d)));
        else if (t.kind == Token::Kind::Number)
            setFormat(t.range.offset, t.range.length, colour(QColor(0x9a, 0x4d, 0x00)));
        else if (t.kind == Token::Kind::Identifier && SqlKeywords::isKeyword(t.text))
            setFormat(t.range.offset, t.range.length, colour(QColor(0x1f, 0x4e, 0xb4), true));
    }
    for (const Comment &c : lexed.comments)
        setFormat(c.range.offset, c.range.length, colour(Qt::gray));
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
        f.setUnderlineColor(d.severity == Diagnostic::Severity::Error ? Qt::red
                                                                      : QColor(0xd0, 0x8a, 0x00));
        f.setToolTip(d.message);
        setFormat(start - blockStart, end - start, f);
    }
}
