// SPDX-License-Identifier: MIT
#pragma once

#include "buildercondition.h"

#include <QList>

/// A part of a query the builder cannot draw, kept as its exact source text. `start`/`end`
/// are offsets (UTF-16) in the text it was read from; -1 for text typed into the builder.
struct BuilderLocked
{
    QString sql;
    qsizetype start = -1;
    qsizetype end = -1;

    bool operator==(const BuilderLocked &) const = default;
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
