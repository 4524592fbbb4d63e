// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

/// What the segment list's filter asks for: text that the segment's name or query holds, and
/// terms `list:NAME` (the segment uses a list whose name holds NAME, in its query or as its
/// parent list) and `field:NAME` (its query uses the field NAME). Quotes allow spaces:
/// `list:"VIP customers"`. Everything compares case-insensitively.
class SegmentListFilter
{
public:
    /// The names and quoted values of one query, read once per query, not per keystroke.
    struct Uses
    {
        QSet<QString> names; ///< column and table names, lower case
        QSet<QString> values; ///< string values as written between quotes (list ids among them)
        static Uses of(const QString &query);
    };

    /// The segment a filter is asked about.
    struct Candidate
    {
        QString name;
        QString query; ///< empty when it is not known here
        const Uses *uses = nullptr; ///< of `query`
        QStringList parentListIds;
    };

    static SegmentListFilter parse(const QString &text);
    bool isEmpty() const { return m_text.isEmpty() && m_lists.isEmpty() && m_fields.isEmpty(); }
    /// `listNames`: list id -> name.
    bool matches(const Candidate &segment, const QHash<QString, QString> &listNames) const;

private:
    bool usesList(const Candidate &segment, const QString &wanted,
                  const QHash<QString, QString> &listNames) const;

    QString m_text;
    QStringList m_lists;
    QStringList m_fields;
};
