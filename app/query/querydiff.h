// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

/// What changed between two versions of a query, token by token: the lexer's tokens (and
/// comments) of both are compared as sequences with dtl's diff, so a changed value inside a
/// one-line query is that value, deletions are runs of their own, and whitespace or line breaks
/// between tokens never count as a change. Tokens are compared as written (`'US'` and `"US"`,
/// `and` and `AND` differ). Widget-free: the conflict dialog and the history panel mark the
/// ranges, the CLI prints toInlineText().
class QueryDiff
{
public:
    /// A maximal run of tokens that both queries share, or that only one of them has.
    struct Run
    {
        enum class Kind { Same, Added, Removed };

        Kind kind = Kind::Same;
        /// The run as written, from its first token to its last: from b for Same and Added,
        /// from a for Removed.
        QString text;
        SourceRange inA; ///< where the run is in a (Same, Removed); empty for Added
        SourceRange inB; ///< where the run is in b (Same, Added); empty for Removed

        bool operator==(const Run &) const = default;
    };

    /// Compares `a` (the older version) with `b` (the newer one).
    static QueryDiff compare(const QString &a, const QString &b);

    /// The runs in reading order; a Removed run comes before the Added run that replaces it.
    const QList<Run> &runs() const { return m_runs; }
    /// Only the Added and Removed runs.
    QList<Run> changes() const;
    bool hasChanges() const;

    /// b's text with the changes marked as `git diff --word-diff=plain` does: `[-removed-]`
    /// and `{+added+}`, so that a terminal shows a one-line change on one line. Whitespace is
    /// b's, or a's around a removal.
    QString toInlineText() const;

private:
    QString m_a;
    QString m_b;
    QList<Run> m_runs;
};
