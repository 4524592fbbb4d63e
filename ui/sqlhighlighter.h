// SPDX-License-Identifier: MIT
#pragma once

#include "query/diagnostic.h"
#include "sqllinecolours.h"

#include <QMultiHash>
#include <QObject>
#include <QTimer>

class QElapsedTimer;
class QTextBlock;
class QTextDocument;

/// Colours segment SQL (SqlLineColours) and underlines the linter's diagnostics: red for
/// errors, amber for warnings, the message as the tooltip.
/// Nothing is coloured in one go that could stall the window: an edit colours the lines it
/// touched for up to 8 ms, and what is left of a huge paste or load (20,000 lines) is coloured
/// a slice of up to 8 ms at a time between turns of the event loop, the lines on screen first
/// (showing()). New diagnostics re-underline only the lines they and the old ones touch, in
/// the same slices. Colouring and underlining are no edit of the text: no textChanged.
/// (A QSyntaxHighlighter colours every line an edit touched, and each line after one whose
/// /* comment */ state changed, before the edit returns: 250 ms for a 20,000-line paste.)
class SqlHighlighter : public QObject
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

    static constexpr int LongLineChars = SqlLineColours::LongLineChars;
    static constexpr int SliceMs = 8;

    /// Colours every line now.
    void rehighlight();
    void setDiagnostics(QList<Diagnostic> diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// The lines on screen, to colour before the others: blocks first to last.
    void showing(int first, int last);
    /// Whether lines still wait for their new underlines.
    bool isUnderlining() const { return !m_pendingBlocks.isEmpty(); }
    /// Whether lines still wait for their colours.
    bool isColouring() const { return m_waiting; }

private:
    enum BlockState { Code, InComment };

    void edited(int position, int removed, int added);
    void slice();
    void colourVisible();
    void underlinePending(const QElapsedTimer &clock);
    void colourWaiting(const QElapsedTimer &clock);
    /// Colours and underlines `block`; true when the comment state it leaves changed.
    bool colour(QTextBlock block);
    /// Hands the lines given formats but not laid out over to the layout (see colour()).
    void settleFormats();
    void underline(QList<QTextCharFormat> &chars, const QTextBlock &block) const;
    /// The numbers of the blocks `diagnostics` cover, each with the diagnostics on it.
    QMultiHash<int, int> blocksOf(const QList<Diagnostic> &diagnostics) const;

    QTextDocument *m_document;
    SqlLineColours m_colours;
    QList<Diagnostic> m_diagnostics;
    QMultiHash<int, int> m_onBlock; ///< block number -> index in m_diagnostics
    QList<int> m_pendingBlocks; ///< to re-underline, in ascending order
    bool m_waiting = false; ///< whether m_from..m_to wait for colours
    /// Offsets in the first and last blocks waiting, moved by each edit. (Not QTextCursors:
    /// moving one lays out the line it moves to.)
    int m_from = 0;
    int m_to = 0;
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
    bool m_visibleChanged = false;
    int m_unsettledFrom = -1; ///< the first and last offsets colour() left unsettled
    int m_unsettledTo = -1;
    QTimer m_slice;
    QColor m_error;
    QColor m_warning;
};
