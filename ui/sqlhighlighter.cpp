// SPDX-License-Identifier: MIT
#include "sqlhighlighter.h"

#include "query/lexer.h"
#include "query/sqlkeywords.h"
#include "themecolours.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalBlocker>
#include <QTextBlock>
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
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &SqlHighlighter::rehighlightPending);
}

void SqlHighlighter::setDiagnostics(QList<Diagnostic> diagnostics)
{
    const QMultiHash<int, int> before = std::exchange(m_onBlock, blocksOf(diagnostics));
    m_diagnostics = std::move(diagnostics);
    QList<int> blocks = before.uniqueKeys() + m_onBlock.uniqueKeys() + m_pendingBlocks;
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    m_pendingBlocks = std::move(blocks);
    rehighlightPending(); // a usual query's lines all at once
}

QMultiHash<int, int> SqlHighlighter::blocksOf(const QList<Diagnostic> &diagnostics) const
{
    QMultiHash<int, int> on;
    for (int i = 0; i < diagnostics.size(); ++i) {
        const SourceRange range = diagnostics.at(i).range;
        const int first = document()->findBlock(range.offset).blockNumber();
        const int last
            = document()->findBlock(range.offset + qMax(1, range.length) - 1).blockNumber();
        for (int block = qMax(0, first); block <= last; ++block)
            on.insert(block, i);
    }
    return on;
}

// Re-highlights pending blocks for up to 8 ms, then lets the event loop run before the next
// slice. The document's signals are held meanwhile: a new underline is no edit (the layout is
// told of it directly, so the lines repaint).
void SqlHighlighter::rehighlightPending()
{
    QElapsedTimer slice;
    slice.start();
    const QSignalBlocker quiet(document());
    qsizetype done = 0;
    while (done < m_pendingBlocks.size() && (done == 0 || slice.elapsed() < 8)) {
        const QTextBlock block = document()->findBlockByNumber(m_pendingBlocks.at(done++));
        if (block.isValid())
            rehighlightBlock(block);
    }
    m_pendingBlocks.remove(0, done);
    if (!m_pendingBlocks.isEmpty())
        m_slice.start();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    // A line this long is not read, it is scrolled through; colouring it token by token would
    // stall the window on every key (editors skip long lines the same way). Underlines stay.
    if (text.size() > LongLineChars) {
        setCurrentBlockState(previousBlockState());
        return underline(currentBlock().position(), int(text.size()));
    }
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
    const QList<int> on = m_onBlock.values(currentBlock().blockNumber());
    for (const int index : on) {
        const Diagnostic &d = m_diagnostics.at(index);
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
