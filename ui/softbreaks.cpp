// SPDX-License-Identifier: MIT
#include "softbreaks.h"

#include "query/codescan.h"

QString SoftBreaks::prepare(const QString &text)
{
    m_incoming = CodeScan::lineBreaks(text, LineChars);
    QString shown = text;
    for (const int at : std::as_const(m_incoming))
        shown[at] = u'\n';
    return shown;
}

void SoftBreaks::edited(int position, int removed, int added)
{
    // The change that inserts the prepared text adds them (a clear before it does not).
    const bool inserted = !m_incoming.isEmpty() && m_incoming.constLast() < added;
    const QList<int> incoming = inserted ? std::exchange(m_incoming, {}) : QList<int>();
    if (m_breaks.isEmpty() && incoming.isEmpty())
        return;
    QList<int> now;
    now.reserve(m_breaks.size() + incoming.size());
    auto at = m_breaks.cbegin();
    for (; at != m_breaks.cend() && *at < position; ++at)
        now.append(*at);
    for (const int offset : incoming)
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
