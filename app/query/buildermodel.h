// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"

#include <QObject>

class FieldCatalogue;

/// The builder of one segment query, for the builder widgets: a tree of groups, conditions and
/// locked pieces addressed by BuilderPath. Every edit checks its arguments and either changes
/// nothing and fails, or changes the tree, emits its signal and then changed(), and returns
/// what undoing it needs (the inverse edit's arguments), so an undo stack wraps each edit in a
/// command of two calls. snapshot()/restore() serve anything coarser.
class BuilderModel : public QObject
{
    Q_OBJECT

public:
    explicit BuilderModel(QObject *parent = nullptr);

    const BuilderQuery &query() const { return m_query; }
    const BuilderNode &root() const { return m_query.root; }
    /// nullptr when `path` leads nowhere.
    const BuilderNode *node(const BuilderPath &path) const { return m_query.root.at(path); }

    /// Reads `text` (SQL → builder) and shows it, as restore() does. When the text does not
    /// parse nothing changes: the builder keeps showing the last good reading, and the
    /// result says why.
    VoidResult setSql(QStringView text, const FieldCatalogue &catalogue);
    /// Builder → SQL; fails, naming the condition, while a condition is incomplete, and says
    /// so while every group is empty (BuilderWriter::toSql).
    Result<QString> sql() const;

    BuilderQuery snapshot() const { return m_query; }
    /// Replaces everything (a new reading of the SQL, or an undo snapshot); emits reset().
    void restore(BuilderQuery query);

    /// Inserts `node` as child `index` of the group at `parent` (index == size appends).
    /// Undo: remove(the returned path).
    Result<BuilderPath> insert(const BuilderPath &parent, int index, BuilderNode node);
    /// Undo: insert(parent of `path`, last index of `path`, the returned node).
    Result<BuilderNode> remove(const BuilderPath &path);
    /// A copy right after the original. Undo: remove(the returned path).
    Result<BuilderPath> duplicate(const BuilderPath &path);
    /// Where a moved node went, and the arguments of the move() that undoes it.
    struct Moved
    {
        BuilderPath path;
        BuilderPath undoParent;
        int undoIndex = 0;
    };
    /// Moves the node to child `index` of `parent`, index counted before the move (as
    /// QAbstractItemModel::moveRows counts). Undo: move(path, undoParent, undoIndex).
    Result<Moved> move(const BuilderPath &from, const BuilderPath &parent, int index);
    /// Puts `replacement` in place of the node at `path` (the root needs a group). Returns the old
    /// node. Undo: replace(path, the returned node).
    Result<BuilderNode> replace(const BuilderPath &path, BuilderNode replacement);
    /// The condition at `path` with another operator, keeping its values. Returns the old
    /// condition; undo: setCondition(path, it).
    Result<BuilderCondition> setOperator(const BuilderPath &path, BuilderOperator op);
    Result<BuilderCondition> setValues(const BuilderPath &path, QStringList values);
    Result<BuilderCondition> setCondition(const BuilderPath &path, BuilderCondition condition);
    /// AND/OR and NOT of a group. Returns the old group without its children' changes.
    Result<BuilderNode> setGroup(const BuilderPath &path, BuilderNode::Junction junction,
                                 bool negated);

Q_SIGNALS:
    void reset();
    void inserted(const BuilderPath &path);
    void removed(const BuilderPath &path);
    void moved(const BuilderPath &from, const BuilderPath &to);
    /// The node at `path` changed in place (its operator, values, junction …).
    void nodeChanged(const BuilderPath &path);
    /// After every change, whatever it was.
    void changed();

private:
    /// The group at `path`, or a message saying why there is none.
    Result<BuilderNode *> groupAt(const BuilderPath &path);
    /// Whether `node` may sit below `ancestors` groups without nesting groups deeper than
    /// BuilderQuery::MaxGroupDepth.
    static VoidResult fitsDepth(qsizetype ancestors, const BuilderNode &node);
    static VoidResult checkNode(const BuilderNode &node);

    BuilderQuery m_query;
};
