// SPDX-License-Identifier: MIT
#include "buildernode.h"

BuilderNode BuilderNode::group(Junction junction, QList<BuilderNode> children, bool negated)
{
    BuilderNode node;
    node.junction = junction;
    node.children = std::move(children);
    node.negated = negated;
    return node;
}

BuilderNode BuilderNode::fromCondition(BuilderCondition condition)
{
    BuilderNode node;
    node.kind = Kind::Condition;
    node.condition = std::move(condition);
    return node;
}

BuilderNode BuilderNode::fromLocked(BuilderLocked locked)
{
    BuilderNode node;
    node.kind = Kind::Locked;
    node.locked = std::move(locked);
    return node;
}

int BuilderNode::groupDepth() const
{
    if (!isGroup())
        return 0;
    int deepest = 0;
    for (const BuilderNode &child : children)
        deepest = qMax(deepest, child.groupDepth());
    return deepest + 1;
}

const BuilderNode *BuilderNode::at(const BuilderPath &path) const
{
    const BuilderNode *node = this;
    for (int index : path) {
        if (!node->isGroup() || index < 0 || index >= node->children.size())
            return nullptr;
        node = &node->children[index];
    }
    return node;
}

// Not the const version cast: its children[index] does not detach the implicitly shared
// lists, and writing through it would change every copy of the tree (undo snapshots, the
// reading a BuilderSource keeps).
BuilderNode *BuilderNode::at(const BuilderPath &path)
{
    if (!std::as_const(*this).at(path))
        return nullptr;
    BuilderNode *node = this;
    for (int index : path)
        node = &node->children[index];
    return node;
}

bool operator==(const BuilderNode &a, const BuilderNode &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case BuilderNode::Kind::Group:
        return a.junction == b.junction && a.negated == b.negated && a.children == b.children;
    case BuilderNode::Kind::Condition:
        return a.condition == b.condition;
    case BuilderNode::Kind::Locked:
        return a.locked == b.locked;
    }
    return false;
}
