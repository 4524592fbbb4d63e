// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// Lines too long for Qt to lay out in time (it lays out a whole line at once, on every change
/// of it: 300 ms for a 1.5 MB line) are shown broken at spaces between tokens. The document holds
/// a line break where the query holds that space, so an offset means the same in both; SoftBreaks
/// remembers where, follows the edits, and gives the query back as it was written.
class SoftBreaks
{
public:
    /// Lines longer than this are broken at the first space in code after each LineChars.
    static constexpr int LineChars = 1000;

    /// An edit about to be made: `removed` characters at `position` replaced by `added` ones,
    /// which hold soft breaks at `incoming` (relative to `position`).
    struct Edit
    {
        int position = 0;
        int removed = 0;
        int added = 0;
        QList<int> incoming;
    };

    /// `text` as the document is to hold it; its breaks are prepared().
    QString prepare(const QString &text);
    /// The breaks prepare() found, relative to the text it was given.
    const QList<int> &prepared() const { return m_prepared; }
    /// The next change that makes `edit` brings its breaks in; forgetExpected() after it.
    void expect(Edit edit) { m_expected = std::move(edit); }
    void forgetExpected() { m_expected.reset(); }
    /// After the document changed: breaks in the removed range go, later ones move, and the
    /// expected ones come in when the change made the expected edit.
    void edited(int position, int removed, int added);
    /// Turns the soft breaks of `shown` (the document's text from `offset` on) back into spaces.
    void restore(QString &shown, int offset = 0) const;
    qsizetype size() const { return m_breaks.size(); }

private:
    /// Whether the change (position, removed, added) is the expected edit. Qt may report more
    /// around it (lines whose colours changed since the last edit), never less; and a whole new
    /// text comes with the end of its last line.
    bool isExpected(int position, int removed, int added) const;

    QList<int> m_breaks; ///< offsets, ascending
    QList<int> m_prepared; ///< from prepare(), relative to its text
    std::optional<Edit> m_expected;
};
