// SPDX-License-Identifier: MIT
#include "sqlhighlighter.h"

#include "themecolours.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QObject(document)
    , m_document(document)
{
    const QPalette palette = QGuiApplication::palette();
    m_error = ThemeColours::error(palette);
    m_warning = ThemeColours::warning(palette);
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &SqlHighlighter::slice);
    document->documentLayout(); // without one, a document reports its changes merged, not where
    connect(document, &QTextDocument::contentsChange, this, &SqlHighlighter::edited);
    if (!document->isEmpty())
        edited(0, 0, document->characterCount());
}

void SqlHighlighter::rehighlight()
{
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
        colour(block);
    settleFormats();
    m_waiting = false;
    m_pendingBlocks.clear();
}

// QTextLayout::setFormats() notes its line as changed and tells no one; the next edit then
// reports that line as part of its own change (from the first line coloured since, say, to the
// key), and whoever follows the text takes it as edited: a soft break there was lost. Passing the
// noted lines to the layout now (it only forgets their layouts: none were made) keeps every edit
// reported as made.
void SqlHighlighter::settleFormats()
{
    if (m_unsettledFrom < 0)
        return;
    const int end = qMin(m_unsettledTo, m_document->characterCount());
    m_document->markContentsDirty(m_unsettledFrom, qMax(0, end - m_unsettledFrom));
    m_unsettledFrom = m_unsettledTo = -1;
}

// The lines the edit touched wait for their colours with those still waiting, and are coloured
// at once as far as a slice goes: a key's line before the key returns.
void SqlHighlighter::edited(int position, int removed, int added)
{
    const auto moved = [&](int offset) {
        return offset < position ? offset : qMax(position, offset - removed) + added;
    };
    const int last = qMax(0, qMin(position + added, m_document->characterCount() - 1));
    const int first = m_document->findBlock(position).position();
    m_from = m_waiting ? qMin(first, moved(m_from)) : first;
    m_to = m_waiting ? qMax(last, moved(m_to)) : last;
    m_waiting = true;
    slice();
}

void SqlHighlighter::showing(int first, int last)
{
    if (first == m_visibleFirst && last == m_visibleLast)
        return; // a repaint that colouring asked for
    m_visibleFirst = first;
    m_visibleLast = last;
    m_visibleChanged = true;
    if (m_waiting && !m_slice.isActive())
        m_slice.start();
}

// Up to SliceMs of work, then the event loop runs (it paints and takes keys) before the next.
void SqlHighlighter::slice()
{
    QElapsedTimer clock;
    clock.start();
    colourVisible();
    underlinePending(clock);
    colourWaiting(clock);
    settleFormats();
    if ((m_waiting || !m_pendingBlocks.isEmpty()) && !m_slice.isActive())
        m_slice.start();
}

// The lines on screen that still wait are coloured out of turn (they are coloured again in turn,
// in case a /* comment */ above them changes what they are).
void SqlHighlighter::colourVisible()
{
    if (!std::exchange(m_visibleChanged, false) || !m_waiting)
        return;
    const int from = m_document->findBlock(m_from).blockNumber();
    const int to = m_document->findBlock(m_to).blockNumber();
    for (int number = qMax(from, m_visibleFirst); number <= qMin(to, m_visibleLast); ++number) {
        if (const QTextBlock block = m_document->findBlockByNumber(number); block.isValid())
            colour(block);
    }
}

void SqlHighlighter::underlinePending(const QElapsedTimer &clock)
{
    qsizetype done = 0;
    while (done < m_pendingBlocks.size() && (done == 0 || clock.elapsed() < SliceMs)) {
        const QTextBlock block = m_document->findBlockByNumber(m_pendingBlocks.at(done++));
        if (block.isValid())
            colour(block);
    }
    m_pendingBlocks.remove(0, done);
}

// In order from the first waiting line; a line whose comment state changed lets the next wait.
void SqlHighlighter::colourWaiting(const QElapsedTimer &clock)
{
    while (m_waiting && clock.elapsed() < SliceMs) {
        const QTextBlock block = m_document->findBlock(m_from);
        const bool changed = colour(block);
        const QTextBlock next = block.next();
        m_waiting = next.isValid() && (changed || next.position() <= m_to);
        m_from = next.position();
        m_to = qMax(m_to, m_from);
    }
}

bool SqlHighlighter::colour(QTextBlock block)
{
    const int before = block.userState();
    const bool inComment = block.previous().userState() == InComment;
    SqlLineColours::Line line = m_colours.of(block.text(), inComment);
    underline(line.chars, block);
    const QList<QTextLayout::FormatRange> formats = SqlLineColours::ranges(line.chars);
    QTextLayout *layout = block.layout();
    if (formats != layout->formats()) {
        layout->setFormats(formats);
        // A line never laid out (not yet shown) takes its formats when it is; one laid out
        // is laid out again, which is what a line costs (shaping).
        if (layout->lineCount() > 0) {
            m_document->markContentsDirty(block.position(), block.length());
        } else {
            m_unsettledFrom
                = m_unsettledFrom < 0 ? block.position() : qMin(m_unsettledFrom, block.position());
            m_unsettledTo = qMax(m_unsettledTo, block.position() + block.length());
        }
    }
    block.setUserState(line.commentOpen ? InComment : Code);
    return block.userState() != before;
}

void SqlHighlighter::setDiagnostics(QList<Diagnostic> diagnostics)
{
    const QMultiHash<int, int> before = std::exchange(m_onBlock, blocksOf(diagnostics));
    m_diagnostics = std::move(diagnostics);
    QList<int> blocks = before.uniqueKeys() + m_onBlock.uniqueKeys() + m_pendingBlocks;
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    m_pendingBlocks = std::move(blocks);
    slice(); // a usual query's lines all at once
}

QMultiHash<int, int> SqlHighlighter::blocksOf(const QList<Diagnostic> &diagnostics) const
{
    QMultiHash<int, int> on;
    for (int i = 0; i < diagnostics.size(); ++i) {
        const SourceRange range = diagnostics.at(i).range;
        const int first = m_document->findBlock(range.offset).blockNumber();
        const int last
            = m_document->findBlock(range.offset + qMax(1, range.length) - 1).blockNumber();
        for (int block = qMax(0, first); block <= last; ++block)
            on.insert(block, i);
    }
    return on;
}

void SqlHighlighter::underline(QList<QTextCharFormat> &chars, const QTextBlock &block) const
{
    const int blockStart = block.position();
    const int blockEnd = blockStart + int(chars.size());
    const QList<int> on = m_onBlock.values(block.blockNumber());
    for (const int index : on) {
        const Diagnostic &d = m_diagnostics.at(index);
        const int start = qMax(d.range.offset, blockStart);
        const int end = qMin(d.range.offset + qMax(1, d.range.length), blockEnd);
        QTextCharFormat plain;
        QTextCharFormat underlined;
        for (int at = start; at < end; ++at) {
            QTextCharFormat &f = chars[at - blockStart];
            if (at == start || f != plain) { // a run of one format is made once
                plain = f;
                underlined = f;
                underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                underlined.setUnderlineColor(d.severity == Diagnostic::Severity::Error ? m_error
                                                                                       : m_warning);
                underlined.setToolTip(d.translated());
            }
            f = underlined;
        }
    }
}
