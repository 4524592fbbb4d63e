// SPDX-License-Identifier: MIT
#pragma once

#include "query/diagnostic.h"

#include <QMultiHash>
#include <QSyntaxHighlighter>
#include <QTimer>

/// Colours segment SQL with the query lexer (keywords, strings, numbers, comments) and
/// underlines the linter's diagnostics: red for errors, amber for warnings. The colours are those
/// of the application's palette, light or dark, when the highlighter is made.
/// New diagnostics re-highlight only the lines they and the old ones touch, a few milliseconds
/// at a time between turns of the event loop, so a huge query's 20,000 warnings never stall the
/// window; that re-highlighting is no edit of the text and signals no textChanged.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

    /// Longer lines are underlined but not coloured.
    static constexpr int LongLineChars = 10000;

    void setDiagnostics(QList<Diagnostic> diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// Whether lines still wait for their new underlines.
    bool isUnderlining() const { return !m_pendingBlocks.isEmpty(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Code, InComment };

    void underline(int blockStart, int blockLength);
    /// The numbers of the blocks `diagnostics` cover, each with the diagnostics on it.
    QMultiHash<int, int> blocksOf(const QList<Diagnostic> &diagnostics) const;
    void rehighlightPending();

    QList<Diagnostic> m_diagnostics;
    QMultiHash<int, int> m_onBlock; ///< block number -> index in m_diagnostics
    QList<int> m_pendingBlocks; ///< to re-highlight, in ascending order
    QTimer m_slice;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QColor m_error;
    QColor m_warning;
};
