// SPDX-License-Identifier: MIT
#pragma once

#include "buildercondition.h"

#include <QList>

#include <optional>

/// Why the builder cannot draw a part of a query, in the terms a marketer would use; the
/// window words each one (BuilderLabels).
enum class BuilderLockReason {
    Unknown, ///< typed into the builder, or read from JSON
    Arithmetic, ///< + - * / % on values or columns
    ComparesFields, ///< a column on both sides
    Function, ///< a function the builder does not offer (lower(), length() …)
    Pattern, ///< a LIKE pattern with a wildcard inside, or no wildcard
    ValueForm, ///< a value the field's editor does not take (a bare day, a TIMESTAMP '…' …)
    SubSelect, ///< a sub-select other than an engagement condition
    OtherTable, ///< a column of another table, or a JOIN the builder does not draw
    TooDeep, ///< groups nested deeper than the builder draws
    Grouping, ///< GROUP BY / HAVING
    Other, ///< an operator or shape the builder does not offer
};

/// A part of a query the builder cannot draw, kept as its exact source text. `start`/`end`
/// are offsets (UTF-16) in the text it was read from; -1 for text typed into the builder.
struct BuilderLocked
{
    QString sql;
    qsizetype start = -1;
    qsizetype end = -1;
    BuilderLockReason reason = BuilderLockReason::Unknown; ///< not part of its meaning

    friend bool operator==(const BuilderLocked &a, const BuilderLocked &b)
    {
        return a.sql == b.sql && a.start == b.start && a.end == b.end;
    }
};

/// How a condition read from SQL was written, where the builder offers more than one way to
/// write the same meaning. Writing the condition back, edited or not, keeps it.
struct BuilderShape
{
    bool strict = false; ///< a time bound written `>` where the builder writes `>=`
    bool timestampKeyword = false; ///< times written `TIMESTAMP '…'` (SGQL v1's form)
    bool mailSource = false; ///< engagement: `event_source = 'mail'` among its terms
    bool joined = false; ///< engagement: terms of the WHERE over a JOIN of event_data
    QString eventAlias; ///< engagement: what event_data is called (empty: the builder's own)

    bool operator==(const BuilderShape &) const = default;
};

/// A condition as read from SQL, and its exact text: written back as long as the condition is
/// unchanged, so that an edit elsewhere leaves it byte for byte.
struct BuilderOrigin
{
    BuilderCondition condition;
    QString sql;
    qsizetype start = -1;
    qsizetype end = -1;
};

/// Where a node sits: child indices from the root group down; the root itself is {}.
using BuilderPath = QList<int>;

/// One node of the builder's tree: a group (AND/OR, optionally NOT, with children), a
/// condition, or a locked SQL piece. A plain value: copies are independent, which is what
/// undo snapshots need.
struct BuilderNode
{
    enum class Kind { Group, Condition, Locked };
    enum class Junction { And, Or };

    Kind kind = Kind::Group;
    Junction junction = Junction::And; ///< Group
    bool negated = false; ///< Group
    QList<BuilderNode> children; ///< Group
    BuilderCondition condition; ///< Condition
    BuilderLocked locked; ///< Locked
    /// Condition read from SQL: how it was written. Not part of a node's meaning (operator==).
    BuilderShape shape;
    std::optional<BuilderOrigin> origin;

    static BuilderNode group(Junction junction, QList<BuilderNode> children = {},
                             bool negated = false);
    static BuilderNode fromCondition(BuilderCondition condition);
    static BuilderNode fromLocked(BuilderLocked locked);

    bool isGroup() const { return kind == Kind::Group; }
    /// Levels of groups from this node down: 1 for a group without subgroups, 0 for a leaf.
    int groupDepth() const;
    /// The node at `path` below this one, or nullptr when the path leads nowhere.
    const BuilderNode *at(const BuilderPath &path) const;
    BuilderNode *at(const BuilderPath &path);

    friend bool operator==(const BuilderNode &a, const BuilderNode &b);
};
