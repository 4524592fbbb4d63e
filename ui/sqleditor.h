// SPDX-License-Identifier: MIT
#pragma once

#include "documenttext.h"
#include "query/diagnostic.h"
#include "query/fieldcatalogue.h"
#include "softbreaks.h"

#include <QPlainTextEdit>

#include <optional>

class QTextBlock;
class SlicedPaste;
class SqlCompleter;
class SqlHighlighter;

/// The SQL editor: monospace text with line numbers, highlighting, underlined diagnostics
/// whose message shows as a tooltip, completion (SqlCompleter), list names on list ids, fix-its
/// in the context menu of an underlined range, and matching brackets. It holds at most
/// QueryLimits::MaxQueryBytes of text: a paste or drop that would make it larger is refused whole
/// (refused() says why). A line too long to lay out is shown broken where the text has a space
/// (SoftBreaks); text() and copies give the text as written. A long paste goes in by slices
/// (SlicedPaste).
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);

    /// The text as toPlainText() gives it, kept in step with each change (DocumentText).
    const QString &text() const { return m_text.text(); }
    /// Whether the text holds anything but white space, without reading all of it.
    bool hasText() const;
    /// Replaces the text (no undo), showing lines too long to lay out broken (SoftBreaks).
    void setText(const QString &text);
    void setDiagnostics(QList<Diagnostic> diagnostics);
    void setCatalogue(const FieldCatalogue &catalogue);
    /// List id -> name: completed by name, shown on hover over a quoted id.
    void setListNames(const QHash<QString, QString> &names);
    SqlCompleter *completer() const { return m_completer; }
    /// The names of the lists whose ids `block` quotes, as shown at the end of its line.
    QString listHint(const QTextBlock &block) const;
    /// The first diagnostic with a fix-it, while the diagnostics still describe the text.
    std::optional<Diagnostic> firstFixable() const;
    /// Replaces the fix-it's range, as one undoable edit. False when the text changed since
    /// the diagnostics were made (the range would be wrong) or there is nothing to apply.
    bool applyFixIt(const Diagnostic &diagnostic);
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateMargins();
    void showToolTip(QHelpEvent *help);
    QString listNameAt(int position) const;
    void matchBrackets();
    void paintListHints();

    SqlHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
    SqlCompleter *m_completer;
    QList<Diagnostic> m_diagnostics; ///< as the linter placed them, for fix-its
    QString m_diagnosedText; ///< the text they describe
    SoftBreaks m_softBreaks;
    DocumentText m_text;
    SlicedPaste *m_paste;
};
