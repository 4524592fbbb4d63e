// SPDX-License-Identifier: MIT
#include "documenttext.h"

#include "softbreaks.h"

#include <QTextCursor>
#include <QTextDocument>

DocumentText::DocumentText(const QTextDocument *document, const SoftBreaks *breaks)
    : m_document(document)
    , m_breaks(breaks)
{ }

const QString &DocumentText::text() const
{
    if (!m_text) {
        m_text = m_document->toPlainText();
        m_breaks->restore(*m_text);
    }
    return *m_text;
}

void DocumentText::edited(int position, int removed, int added)
{
    if (!m_text)
        return;
    // The document holds one character more than its text: the end of its last block. A change
    // that reaches it (a whole new text) reports it in its counts, and is read afresh.
    const qsizetype size = m_document->characterCount() - 1;
    if (position < 0 || removed < 0 || added < 0 || position + removed > m_text->size()
        || m_text->size() - removed + added != size) {
        m_text.reset();
        return;
    }
    const QString now = range(position, added);
    // A change whose range kept its text (new formats that Qt reported with it) makes no copy.
    if (removed == added && QStringView(*m_text).sliced(position, removed) == now)
        return;
    m_text->replace(position, removed, now);
}

QString DocumentText::range(int from, int length) const
{
    QTextCursor cursor(const_cast<QTextDocument *>(m_document));
    cursor.setPosition(from);
    cursor.setPosition(from + length, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    // As QTextDocument::toPlainText() turns them.
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xfdd0: // the start and end of a frame
        case 0xfdd1:
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            c = u'\n';
            break;
        case QChar::Nbsp:
            c = u' ';
            break;
        default:
            break;
        }
    }
    m_breaks->restore(text, from);
    return text;
}
