// SPDX-License-Identifier: MIT
#pragma once

#include "query/buildernode.h"

/// The locked pieces below `node` (a builder's tree), in order.
inline QList<BuilderLocked> lockedPieces(const BuilderNode &node)
{
    if (node.kind == BuilderNode::Kind::Locked)
        return {node.locked};
    QList<BuilderLocked> out;
    for (const BuilderNode &child : node.children)
        out << lockedPieces(child);
    return out;
}
