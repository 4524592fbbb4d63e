// SPDX-License-Identifier: MIT
#include "linenumberarea.h"

#include "sqleditor.h"

LineNumberArea::LineNumberArea(SqlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{ }

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}
