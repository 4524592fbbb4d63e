// SPDX-License-Identifier: MIT
#include "sqleditor.h"

#include "sqlhighlighter.h"

#include "query/querylimits.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SqlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    SqlEditor *m_editor;
};

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SqlHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setAccessibleName(tr("Segment query (SQL)"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        dy ? m_lineNumbers->scroll(0, dy)
           : m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    updateMargins();
}

void SqlEditor::insertFromMimeData(const QMimeData *source)
{
    const QString incoming = source->text();
    // UTF-16 units never outnumber UTF-8 bytes: a paste that long is refused before converting.
    const qsizetype kept
        = toPlainText().toUtf8().size() - textCursor().selectedText().toUtf8().size();
    if (incoming.size() > QueryLimits::MaxQueryBytes
        || kept + incoming.toUtf8().size() > QueryLimits::MaxQueryBytes) {
        return Q_EMIT refused(tr("Not pasted: the query would be larger than %1 MiB, the most "
                                 "SegmentDesk edits. Nothing was changed.")
                                  .arg(QueryLimits::MaxQueryBytes / (1024 * 1024)));
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void SqlEditor::setDiagnostics(QList<Diagnostic> diagnostics)
{
    // A problem at the end of the text (a missing ")") has no character to underline there:
    // it goes on the last visible character instead.
    const QString text = toPlainText();
    qsizetype last = text.size() - 1;
    while (last > 0 && text.at(last).isSpace())
        --last;
    for (Diagnostic &d : diagnostics) {
        if (last >= 0 && d.range.offset > last)
            d.range = {int(last), 1};
    }
    m_highlighter->setDiagnostics(std::move(diagnostics));
}

int SqlEditor::lineNumberAreaWidth() const
{
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * qMax(2, digits);
}

void SqlEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(r.left(), r.top(), lineNumberAreaWidth(), r.height());
}

void SqlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom())
            break;
        painter.drawText(0, int(box.top()), m_lineNumbers->width() - 6, fontMetrics().height(),
                         Qt::AlignRight, QString::number(block.blockNumber() + 1));
    }
}

bool SqlEditor::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
    QStringList messages;
    for (const Diagnostic &d : m_highlighter->diagnostics()) {
        if (position >= d.range.offset && position <= d.range.offset + qMax(1, d.range.length))
            messages.append(d.message);
    }
    messages.isEmpty() ? QToolTip::hideText()
                       : QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
    return true;
}
