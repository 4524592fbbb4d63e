// SPDX-License-Identifier: MIT
#include "softbreaks.h"

#include "query/codescan.h"

QString SoftBreaks::prepare(const QString &text)
{
    m_prepared = CodeScan::lineBreaks(text, LineChars);
    QString shown = text;
    for (const int at : std::as_const(m_prepared))
        shown[at] = u'\n';
    return shown;
}

bool SoftBreaks::isExpected(int position, int removed, int added) const
{
    if (!m_expected)
        return false;
    const Edit &edit = *m_expected;
    return position <= edit.position && edit.position + edit.removed <= position + removed
        && added - removed >= edit.added - edit.removed
        && added - removed <= edit.added - edit.removed + 1;
}

void SoftBreaks::edited(int position, int removed, int added)
{
    // The expected edit is applied as made, not as reported: what Qt reports around it kept
    // its text, and its breaks.
    QList<int> incoming;
    if (isExpected(position, removed, added)) {
        const int grown = added - removed;
        incoming = std::exchange(m_expected->incoming, {});
        position = m_expected->position;
        removed = m_expected->removed;
        added = removed + grown;
        m_expected.reset();
    }
    if (m_breaks.isEmpty() && incoming.isEmpty())
        return;
    QList<int> now;
    now.reserve(m_breaks.size() + incoming.size());
    auto at = m_breaks.cbegin();
    for (; at != m_breaks.cend() && *at < position; ++at)
        now.append(*at);
    for (const int offset : std::as_const(incoming))
        now.append(position + offset);
    for (; at != m_breaks.cend(); ++at) {
        if (*at >= position + removed)
            now.append(*at + added - removed);
    }
    m_breaks = std::move(now);
}

void SoftBreaks::restore(QString &shown, int offset) const
{
    for (auto at = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), offset);
         at != m_breaks.cend() && *at - offset < shown.size(); ++at) {
        if (shown.at(*at - offset) == u'\n')
            shown[*at - offset] = u' ';
    }
}
