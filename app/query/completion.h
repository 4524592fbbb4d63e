// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "fieldcatalogue.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// One thing the editor may insert at the cursor.
struct CompletionCandidate
{
    enum class Kind { Field, Function, Table, Alias, List, Keyword };

    Kind kind = Kind::Keyword;
    QString label; ///< what the popup lists: a name, a keyword, a list's name
    QString insert; ///< what replaces Completion::replace
    QString detail; ///< a field's table, a function's parameters, a list's id, an alias's table
    std::optional<FieldCatalogue::Type> type; ///< fields only

    bool operator==(const CompletionCandidate &) const = default;
};

/// What fits at a cursor in a segment query: the kind of place, the text a choice replaces and
/// the candidates, filtered by what is typed there and ordered by kind, then name.
struct Completion
{
    enum class Context {
        None, ///< inside a comment, a number or a string that is no list id
        Expression, ///< fields, functions, aliases and keywords
        AfterOperand, ///< after a name or value: keywords only (AND, LIKE, AS, …)
        Table, ///< after FROM or JOIN
        Member, ///< after `alias.`: the columns of that table
        ArrayColumn, ///< the first argument of array_contains: the list-valued columns
        ListId, ///< a value for array_contains(list_ids, …): lists by name, inserted as ids
    };

    Context context = Context::None;
    SourceRange replace; ///< the word (or quoted id) around the cursor
    QString prefix; ///< what is typed of it before the cursor
    QList<CompletionCandidate> candidates;

    /// Whether typing `typed` (just inserted) should open the popup by itself: two letters of
    /// a name, `.` after an alias, `(` of array_contains, a quote or `[` where a list id goes.
    /// An open popup stays open from the first letter. Never when the only candidate is what
    /// is typed already, so Enter after a whole word still starts a new line.
    bool opensWhileTyping(QChar typed, bool open = false) const;
};

namespace QueryCompletion {

/// The completion at `cursor` (a UTF-16 offset into `text`); `listNames` maps list id -> name.
Completion complete(QStringView text, int cursor, const FieldCatalogue &catalogue,
                    const QHash<QString, QString> &listNames);

/// The string literal (quotes included) that covers `offset`, if any: where the editor looks
/// for a list id to name.
std::optional<SourceRange> stringAt(QStringView text, int offset);

} // namespace QueryCompletion
