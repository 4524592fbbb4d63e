// SPDX-License-Identifier: MIT
#pragma once

#include "query/diagnostic.h"

#include <QPlainTextEdit>

class SqlHighlighter;

/// The SQL editor: monospace text with line numbers, highlighting, underlined diagnostics
/// whose message shows as a tooltip. It holds at most QueryLimits::MaxQueryBytes of text: a
/// paste or drop that would make it larger is refused whole (refused() says why).
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);

    void setDiagnostics(QList<Diagnostic> diagnostics);
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateMargins();

    SqlHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
};
