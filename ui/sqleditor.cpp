// SPDX-License-Identifier: MIT
#include "sqleditor.h"

#include "linenumberarea.h"
#include "slicedpaste.h"
#include "sqlcompleter.h"
#include "sqlhighlighter.h"

#include "query/brackets.h"
#include "query/completion.h"
#include "query/lexer.h"
#include "query/querylimits.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolTip>

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SqlHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
    , m_completer(new SqlCompleter(this))
    , m_text(document(), &m_softBreaks)
    , m_paste(new SlicedPaste(this, &m_softBreaks))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setAccessibleName(tr("Segment query (SQL)"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        dy ? m_lineNumbers->scroll(0, dy)
           : m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
        const int first = firstVisibleBlock().blockNumber();
        m_highlighter->showing(first, first + viewport()->height() / fontMetrics().height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SqlEditor::matchBrackets);
    // Before textChanged: its receivers read the new text.
    connect(document(), &QTextDocument::contentsChange, this,
            [this](int position, int removed, int added) {
                m_softBreaks.edited(position, removed, added);
                m_text.edited(position, removed, added);
            });
    updateMargins();
}

bool SqlEditor::hasText() const
{
    const QString &all = text();
    return std::any_of(all.cbegin(), all.cend(), [](QChar c) { return !c.isSpace(); });
}

void SqlEditor::setText(const QString &text)
{
    m_paste->cancel();
    const QString shown = m_softBreaks.prepare(text);
    m_softBreaks.expect({0, 0, int(shown.size()), m_softBreaks.prepared()});
    setPlainText(shown); // the old text goes by a change of its own, before
    m_softBreaks.forgetExpected();
}

QMimeData *SqlEditor::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto *data = new QMimeData;
    data->setText(
        text().mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()));
    return data;
}

void SqlEditor::setCatalogue(const FieldCatalogue &catalogue)
{
    m_completer->setCatalogue(catalogue);
}

void SqlEditor::setListNames(const QHash<QString, QString> &names)
{
    m_completer->setListNames(names);
    viewport()->update(); // the names at the ends of lines
}

void SqlEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly() || !source->hasText())
        return;
    m_paste->finish();
    const QString incoming = source->text();
    const QTextCursor cursor = textCursor();
    const QStringView all = text();
    const qsizetype kept = QueryLimits::utf8Bytes(all)
        - QueryLimits::utf8Bytes(all.sliced(cursor.selectionStart(),
                                            cursor.selectionEnd() - cursor.selectionStart()));
    // UTF-16 units never outnumber UTF-8 bytes: a paste that long is refused before counting.
    if (incoming.size() > QueryLimits::MaxQueryBytes
        || kept + QueryLimits::utf8Bytes(incoming) > QueryLimits::MaxQueryBytes) {
        return Q_EMIT refused(tr("Not pasted: the query would be larger than %1 MiB, the most "
                                 "SegmentDesk edits. Nothing was changed.")
                                  .arg(QueryLimits::MaxQueryBytes / (1024 * 1024)));
    }
    m_paste->start(m_softBreaks.prepare(incoming));
}

void SqlEditor::setDiagnostics(QList<Diagnostic> diagnostics)
{
    m_diagnostics = diagnostics;
    m_diagnosedText = text();
    // A problem at the end of the text (a missing ")") has no character to underline there:
    // it goes on the last visible character instead.
    const QString &text = m_diagnosedText;
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

void SqlEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    paintListHints();
}

QString SqlEditor::listHint(const QTextBlock &block) const
{
    const QHash<QString, QString> &names = m_completer->listNames();
    if (names.isEmpty())
        return {};
    QStringList found;
    const QString text = block.text();
    for (const Token &t : tokenize(text).tokens) {
        const QString name
            = t.kind == Token::Kind::String ? names.value(t.text.toString()) : QString();
        if (!name.isEmpty() && !found.contains(name))
            found.append(name);
    }
    return found.isEmpty() ? QString() : tr("\u2190 %1").arg(found.join(QStringLiteral(", ")));
}

// The names go after the end of the line, where they cover no text.
void SqlEditor::paintListHints()
{
    QPainter painter(viewport());
    QFont italic = font();
    italic.setItalic(true);
    painter.setFont(italic);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const qreal gap = 2 * fontMetrics().horizontalAdvance(u' ');
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > viewport()->height())
            break;
        const QString hint = listHint(block);
        const QTextLayout *layout = block.layout();
        if (hint.isEmpty() || !layout || layout->lineCount() == 0)
            continue;
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        const QPointF at(box.left() + last.naturalTextWidth() + gap,
                         box.top() + last.y() + last.ascent());
        painter.drawText(at, hint);
    }
}

bool SqlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        showToolTip(static_cast<QHelpEvent *>(event));
        return true;
    }
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QPlainTextEdit::event(event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::ShortcutOverride && m_completer->isOpen()
        && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return)) {
        event->accept(); // the popup's key, not a window shortcut's
        return true;
    }
    // Before QWidget::event: with tabChangesFocus, Tab would otherwise leave the editor.
    if (event->type() == QEvent::KeyPress && m_completer->handleKey(key))
        return true;
    return QPlainTextEdit::event(event);
}

void SqlEditor::inputMethodEvent(QInputMethodEvent *event)
{
    m_paste->finish(); // what is typed goes after all of the paste
    QPlainTextEdit::inputMethodEvent(event);
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    m_paste->finish();
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier)
        return m_completer->open();
    QPlainTextEdit::keyPressEvent(event);
    const QString text = event->text();
    if (!text.isEmpty() && text.back().isPrint())
        m_completer->typed(text.back());
    else
        m_completer->refresh(); // Backspace, arrows: the word under the cursor changed
}

void SqlEditor::showToolTip(QHelpEvent *help)
{
    const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
    QStringList messages;
    const QString list = listNameAt(position);
    if (!list.isEmpty())
        messages.append(tr("List: %1").arg(list));
    for (const Diagnostic &d : m_highlighter->diagnostics()) {
        if (position >= d.range.offset && position <= d.range.offset + qMax(1, d.range.length))
            messages.append(d.translated());
    }
    messages.isEmpty() ? QToolTip::hideText()
                       : QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
}

/// The name of the list whose quoted id covers `position`, or empty.
QString SqlEditor::listNameAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const QString text = block.text();
    const auto string = QueryCompletion::stringAt(text, position - block.position());
    if (!string || string->length < 2)
        return {};
    return m_completer->listNames().value(text.mid(string->offset + 1, string->length - 2));
}

std::optional<Diagnostic> SqlEditor::firstFixable() const
{
    if (m_diagnosedText != text())
        return std::nullopt;
    for (const Diagnostic &d : m_diagnostics) {
        if (!d.fixIt.isEmpty())
            return d;
    }
    return std::nullopt;
}

bool SqlEditor::applyFixIt(const Diagnostic &diagnostic)
{
    if (diagnostic.fixIt.isEmpty() || isReadOnly() || m_diagnosedText != text())
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(diagnostic.fixRange.offset);
    cursor.setPosition(diagnostic.fixRange.end(), QTextCursor::KeepAnchor);
    cursor.insertText(diagnostic.fixIt); // one undo step
    setTextCursor(cursor);
    return true;
}

void SqlEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const int position = cursorForPosition(event->pos()).position();
    QAction *first = menu->actions().value(0);
    const bool current = m_diagnosedText == text();
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const bool here = position >= d.range.offset && position <= d.range.end();
        if (!current || d.fixIt.isEmpty() || !here)
            continue;
        QAction *fix = new QAction(tr("Fix: replace with \u201c%1\u201d").arg(d.fixIt), menu);
        fix->setObjectName(QStringLiteral("fixIt"));
        connect(fix, &QAction::triggered, this, [this, d] { applyFixIt(d); });
        menu->insertAction(first, fix);
    }
    if (first && menu->actions().first() != first)
        menu->insertSeparator(first);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

/// Highlights the bracket next to the cursor and its partner, or marks it when it has none.
void SqlEditor::matchBrackets()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto pair = Brackets::atCursor(text(), textCursor().position());
    if (pair) {
        QTextCharFormat format;
        format.setBackground(pair->isMatched() ? QColor(0xc8, 0xe6, 0xc9)
                                               : QColor(0xff, 0xcd, 0xd2));
        format.setProperty(QTextFormat::UserProperty, pair->isMatched());
        for (const int at : {pair->bracket, pair->partner}) {
            if (at < 0)
                continue;
            QTextCursor c(document());
            c.setPosition(at);
            c.setPosition(at + 1, QTextCursor::KeepAnchor);
            selections.append({c, format});
        }
    }
    setExtraSelections(selections);
}
