// SPDX-License-Identifier: MIT
#include "buildermodel.h"

#include "builderreader.h"
#include "builderwriter.h"
#include "parser.h"

BuilderModel::BuilderModel(QObject *parent)
    : QObject(parent)
{ }

void BuilderModel::restore(BuilderQuery query)
{
    m_query = std::move(query);
    Q_EMIT reset();
    Q_EMIT changed();
}

VoidResult BuilderModel::setSql(QStringView text, const FieldCatalogue &catalogue)
{
    Result<BuilderQuery> read = BuilderReader::read(text, catalogue);
    if (!read.isOk())
        return VoidResult::failure(read.error());
    restore(std::move(read.value()));
    return VoidResult::success();
}

Result<QString> BuilderModel::sql() const
{
    return BuilderWriter::toSql(m_query);
}

Result<BuilderNode *> BuilderModel::groupAt(const BuilderPath &path)
{
    BuilderNode *group = m_query.root.at(path);
    if (!group || !group->isGroup())
        return Result<BuilderNode *>::failure(QStringLiteral("No group at that place"));
    return Result<BuilderNode *>::success(group);
}

VoidResult BuilderModel::fitsDepth(qsizetype ancestors, const BuilderNode &node)
{
    if (ancestors + node.groupDepth() > BuilderQuery::MaxGroupDepth)
        return VoidResult::failure(QStringLiteral("Groups can be nested %1 levels deep at most")
                                       .arg(BuilderQuery::MaxGroupDepth));
    return VoidResult::success();
}

VoidResult BuilderModel::checkNode(const BuilderNode &node)
{
    if (node.kind == BuilderNode::Kind::Locked) {
        // A locked piece is one operand: an AND/OR chain written between the group's
        // junctions would change what the group means, unless it is in parentheses.
        const QString sql = node.locked.sql.trimmed();
        const ParsedQuery parsed = QueryParser::parseExpression(sql);
        const bool chain = !parsed.hasErrors() && parsed.expression->kind == Expr::Kind::Logical;
        const bool enclosed = sql.startsWith(u'(') && sql.endsWith(u')')
            && !QueryParser::parseExpression(QStringView(sql).sliced(1, sql.size() - 2))
                    .hasErrors();
        if (parsed.hasErrors() || (chain && !enclosed))
            return VoidResult::failure(
                QStringLiteral("A SQL piece must be one condition that parses (use a group "
                               "for AND and OR): %1")
                    .arg(node.locked.sql));
    }
    for (const BuilderNode &child : node.children) {
        VoidResult ok = checkNode(child);
        if (!ok.isOk())
            return ok;
    }
    return VoidResult::success();
}

Result<BuilderPath> BuilderModel::insert(const BuilderPath &parent, int index, BuilderNode node)
{
    Result<BuilderNode *> group = groupAt(parent);
    if (!group.isOk())
        return Result<BuilderPath>::failure(group.error());
    if (index < 0 || index > group.value()->children.size())
        return Result<BuilderPath>::failure(QStringLiteral("No such place in the group"));
    for (const VoidResult &ok : {fitsDepth(parent.size() + 1, node), checkNode(node)})
        if (!ok.isOk())
            return Result<BuilderPath>::failure(ok.error());
    group.value()->children.insert(index, std::move(node));
    const BuilderPath path = BuilderPath(parent) << index;
    Q_EMIT inserted(path);
    Q_EMIT changed();
    return Result<BuilderPath>::success(path);
}

Result<BuilderNode> BuilderModel::remove(const BuilderPath &path)
{
    if (path.isEmpty() || !node(path))
        return Result<BuilderNode>::failure(QStringLiteral("Nothing to remove there"));
    BuilderNode *parent = m_query.root.at(path.first(path.size() - 1));
    BuilderNode removedNode = parent->children.takeAt(path.last());
    Q_EMIT removed(path);
    Q_EMIT changed();
    return Result<BuilderNode>::success(std::move(removedNode));
}

Result<BuilderPath> BuilderModel::duplicate(const BuilderPath &path)
{
    const BuilderNode *original = node(path);
    if (path.isEmpty() || !original)
        return Result<BuilderPath>::failure(QStringLiteral("Nothing to duplicate there"));
    return insert(path.first(path.size() - 1), path.last() + 1, *original);
}

namespace {

/// `path` after a node was inserted at `inserted`: a path through a later sibling shifts.
BuilderPath shiftedByInsert(BuilderPath path, const BuilderPath &inserted)
{
    const qsizetype level = inserted.size() - 1;
    if (path.size() > level && path.first(level) == inserted.first(level)
        && path[level] >= inserted[level])
        ++path[level];
    return path;
}

/// `path` after the node at `removed` was taken out: a path through a later sibling shifts.
BuilderPath shiftedByRemove(BuilderPath path, const BuilderPath &removed)
{
    const qsizetype level = removed.size() - 1;
    if (path.size() > level && path.first(level) == removed.first(level)
        && path[level] > removed[level])
        --path[level];
    return path;
}

} // namespace

Result<BuilderModel::Moved> BuilderModel::move(const BuilderPath &from, const BuilderPath &parent,
                                               int index)
{
    const BuilderNode *moving = node(from);
    const BuilderNode *target = node(parent);
    if (from.isEmpty() || !moving || !target || !target->isGroup()
        || index > target->children.size() || index < 0)
        return Result<Moved>::failure(QStringLiteral("Cannot move there"));
    if (parent.size() >= from.size() && parent.first(from.size()) == from)
        return Result<Moved>::failure(QStringLiteral("A group cannot move into itself"));
    const VoidResult depth = fitsDepth(parent.size() + 1, *moving);
    if (!depth.isOk())
        return Result<Moved>::failure(depth.error());
    const BuilderPath oldParent = from.first(from.size() - 1);
    BuilderNode taken = m_query.root.at(oldParent)->children.takeAt(from.last());
    const BuilderPath toParent = shiftedByRemove(parent, from);
    if (parent == oldParent && index > from.last())
        --index;
    m_query.root.at(toParent)->children.insert(index, std::move(taken));
    const BuilderPath to = BuilderPath(toParent) << index;
    Moved result {to, shiftedByInsert(oldParent, to), from.last()};
    // Counted before the undo's own move: a later place in the same group is one further on.
    if (result.undoParent == toParent && from.last() > index)
        ++result.undoIndex;
    Q_EMIT moved(from, to);
    Q_EMIT changed();
    return Result<Moved>::success(result);
}

Result<BuilderNode> BuilderModel::replace(const BuilderPath &path, BuilderNode replacement)
{
    BuilderNode *current = m_query.root.at(path);
    if (!current || (path.isEmpty() && !replacement.isGroup()))
        return Result<BuilderNode>::failure(QStringLiteral("Nothing to replace there"));
    for (const VoidResult &ok : {fitsDepth(path.size(), replacement), checkNode(replacement)})
        if (!ok.isOk())
            return Result<BuilderNode>::failure(ok.error());
    BuilderNode old = std::exchange(*current, std::move(replacement));
    Q_EMIT nodeChanged(path);
    Q_EMIT changed();
    return Result<BuilderNode>::success(std::move(old));
}

Result<BuilderCondition> BuilderModel::setCondition(const BuilderPath &path,
                                                    BuilderCondition condition)
{
    const BuilderNode *current = node(path);
    if (!current || current->kind != BuilderNode::Kind::Condition)
        return Result<BuilderCondition>::failure(QStringLiteral("No condition there"));
    if (!BuilderOperators::fits(condition.op, condition.type))
        return Result<BuilderCondition>::failure(
            QStringLiteral("\"%1\" is not an operator for %2 fields")
                .arg(BuilderOperators::name(condition.op),
                     BuilderOperators::typeName(condition.type)));
    // The condition keeps how it was written (its shape), and its text while it is unchanged.
    BuilderNode replacement = BuilderNode::fromCondition(std::move(condition));
    replacement.shape = current->shape;
    replacement.origin = current->origin;
    Result<BuilderNode> old = replace(path, std::move(replacement));
    if (!old.isOk())
        return Result<BuilderCondition>::failure(old.error());
    return Result<BuilderCondition>::success(old.value().condition);
}

Result<BuilderCondition> BuilderModel::setOperator(const BuilderPath &path, BuilderOperator op)
{
    const BuilderNode *current = node(path);
    if (!current || current->kind != BuilderNode::Kind::Condition)
        return Result<BuilderCondition>::failure(QStringLiteral("No condition there"));
    BuilderCondition changedCondition = current->condition;
    changedCondition.op = op;
    return setCondition(path, std::move(changedCondition));
}

Result<BuilderCondition> BuilderModel::setValues(const BuilderPath &path, QStringList values)
{
    const BuilderNode *current = node(path);
    if (!current || current->kind != BuilderNode::Kind::Condition)
        return Result<BuilderCondition>::failure(QStringLiteral("No condition there"));
    BuilderCondition changedCondition = current->condition;
    changedCondition.values = std::move(values);
    return setCondition(path, std::move(changedCondition));
}

Result<BuilderNode> BuilderModel::setGroup(const BuilderPath &path, BuilderNode::Junction junction,
                                           bool negated)
{
    const BuilderNode *current = node(path);
    if (!current || !current->isGroup())
        return Result<BuilderNode>::failure(QStringLiteral("No group there"));
    BuilderNode changedGroup = *current;
    changedGroup.junction = junction;
    changedGroup.negated = negated;
    return replace(path, std::move(changedGroup));
}
