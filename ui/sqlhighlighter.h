// SPDX-License-Identifier: MIT
#pragma once

#include "query/diagnostic.h"

#include <QSyntaxHighlighter>

/// Colours segment SQL with the query lexer (keywords, strings, numbers, comments) and
/// underlines the linter's diagnostics: red for errors, amber for warnings. The colours are those
/// of the application's palette, light or dark, when the highlighter is made.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

    void setDiagnostics(QList<Diagnostic> diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Code, InComment };

    void underline(int blockStart, int blockLength);

    QList<Diagnostic> m_diagnostics;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QColor m_error;
    QColor m_warning;
};
