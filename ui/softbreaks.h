// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// Lines too long for Qt to lay out in time (it lays out a whole line at once, on every change
/// of it: 300 ms for a 1.5 MB line) are shown broken at spaces between tokens. The document holds
/// a line break where the query holds that space, so an offset means the same in both; SoftBreaks
/// remembers where, follows the edits, and gives the query back as it was written.
class SoftBreaks
{
public:
    /// Lines longer than this are broken at the first space in code after each LineChars.
    static constexpr int LineChars = 1000;

    /// `text` as the document is to hold it. Its breaks are taken on by the edit that inserts
    /// it; forgetPrepared() after that edit, in case there was none.
    QString prepare(const QString &text);
    void forgetPrepared() { m_incoming.clear(); }
    /// After the document changed: breaks in the removed range go, later ones move, and the
    /// prepared ones come in at `position` when that change inserted them.
    void edited(int position, int removed, int added);
    /// Turns the soft breaks of `shown` (the document's text from `offset` on) back into spaces.
    void restore(QString &shown, int offset = 0) const;
    /// The breaks the next edit brings in, relative to where it inserts (a slice of a paste).
    void expect(QList<int> incoming) { m_incoming = std::move(incoming); }
    /// The breaks prepare() found, relative to the text it was given.
    const QList<int> &prepared() const { return m_incoming; }
    qsizetype size() const { return m_breaks.size(); }

private:
    QList<int> m_breaks; ///< offsets, ascending
    QList<int> m_incoming; ///< from prepare(), relative to where they go in
};
