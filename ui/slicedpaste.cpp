// SPDX-License-Identifier: MIT
#include "slicedpaste.h"

#include "softbreaks.h"

#include <QPlainTextEdit>
#include <QTimer>

SlicedPaste::SlicedPaste(QPlainTextEdit *editor, SoftBreaks *breaks)
    : QObject(editor)
    , m_editor(editor)
    , m_breaks(breaks)
{ }

void SlicedPaste::start(const QString &shown)
{
    cancel();
    m_textBreaks = m_breaks->prepared();
    m_text = shown;
    m_cursor = m_editor->textCursor();
    const int selected = m_cursor.selectionEnd() - m_cursor.selectionStart();
    if (selected > SliceChars) {
        m_toRemove = selected;
        m_cursor.setPosition(m_cursor.selectionStart());
    }
    m_toRemove > 0 ? removeSlice() : insertSlice();
}

void SlicedPaste::finish()
{
    while (isRunning())
        m_toRemove > 0 ? removeSlice() : insertSlice();
}

void SlicedPaste::cancel()
{
    m_text.clear();
    m_textBreaks.clear();
    m_next = 0;
    m_toRemove = 0;
    m_started = false;
}

void SlicedPaste::beginSlice()
{
    // One undo step however many slices: each joins the edit block of the one before.
    m_started ? m_cursor.joinPreviousEditBlock() : m_cursor.beginEditBlock();
    m_started = true;
}

void SlicedPaste::endSlice()
{
    m_cursor.endEditBlock(); // the document reports the change here
    m_revision = m_editor->document()->revision();
    scheduleNext();
}

void SlicedPaste::removeSlice()
{
    if (m_started && m_editor->document()->revision() != m_revision)
        return cancel(); // an undo, or a change made by code: the rest has no place any more
    const int slice = qMin(m_toRemove, SliceChars);
    beginSlice();
    m_cursor.setPosition(m_cursor.position() + slice, QTextCursor::KeepAnchor);
    m_cursor.removeSelectedText();
    m_toRemove -= slice;
    endSlice();
}

void SlicedPaste::insertSlice()
{
    if (m_started && m_editor->document()->revision() != m_revision)
        return cancel(); // an undo, or a change made by code: the rest has no place any more
    qsizetype end = qMin(m_text.size(), m_next + SliceChars);
    if (end < m_text.size()) {
        const qsizetype lineEnd = m_text.lastIndexOf(u'\n', end - 1);
        end = lineEnd >= m_next ? lineEnd + 1 : end;
    }
    QList<int> breaks;
    for (const int at : std::as_const(m_textBreaks)) {
        if (at >= m_next && at < end)
            breaks.append(int(at - m_next));
    }
    const int start = m_cursor.selectionStart();
    m_breaks->expect(
        {start, m_cursor.selectionEnd() - start, int(end - m_next), std::move(breaks)});
    beginSlice();
    m_cursor.insertText(QStringView(m_text).sliced(m_next, end - m_next).toString());
    m_next = end;
    endSlice();
    m_breaks->forgetExpected();
    if (!isRunning()) {
        m_editor->setTextCursor(m_cursor);
        m_editor->ensureCursorVisible();
        cancel();
    }
}

void SlicedPaste::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (isRunning())
            m_toRemove > 0 ? removeSlice() : insertSlice();
    });
}
