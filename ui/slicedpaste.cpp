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
    m_next = 0;
    m_cursor = m_editor->textCursor();
    insertSlice();
}

void SlicedPaste::finish()
{
    while (isRunning())
        insertSlice();
}

void SlicedPaste::cancel()
{
    m_text.clear();
    m_textBreaks.clear();
    m_next = 0;
}

void SlicedPaste::insertSlice()
{
    const bool first = m_next == 0;
    if (!first && m_editor->document()->revision() != m_revision)
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
    m_breaks->expect(std::move(breaks));
    // One undo step however many slices: each joins the edit block of the one before.
    first ? m_cursor.beginEditBlock() : m_cursor.joinPreviousEditBlock();
    m_cursor.insertText(QStringView(m_text).sliced(m_next, end - m_next).toString());
    m_cursor.endEditBlock();
    m_breaks->forgetPrepared();
    m_next = end;
    m_revision = m_editor->document()->revision();
    if (!isRunning()) {
        m_editor->setTextCursor(m_cursor);
        m_editor->ensureCursorVisible();
        return cancel();
    }
    scheduleNext();
}

void SlicedPaste::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (isRunning())
            insertSlice();
    });
}
