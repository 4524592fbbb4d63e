// SPDX-License-Identifier: MIT
#include "ast.h"

bool structurallyEqual(const Expr *a, const Expr *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->negated != b->negated || a->op != b->op
        || a->literalType != b->literalType || a->value != b->value
        || !sameName(a->qualifier, b->qualifier) || !sameName(a->name, b->name)
        || a->path != b->path || a->children.size() != b->children.size())
        return false;
    for (qsizetype i = 0; i < a->children.size(); ++i) {
        if (!structurallyEqual(a->children[i], b->children[i]))
            return false;
    }
    return structurallyEqual(a->subquery, b->subquery);
}

bool structurallyEqual(const SelectStatement *a, const SelectStatement *b)
{
    if (!a || !b)
        return a == b;
    auto sameTable = [](const TableRef &x, const TableRef &y) {
        return sameName(x.table, y.table) && sameName(x.alias, y.alias);
    };
    if (a->items.size() != b->items.size() || a->joins.size() != b->joins.size()
        || a->groupBy.size() != b->groupBy.size() || !sameTable(a->from, b->from)
        || !structurallyEqual(a->where, b->where) || !structurallyEqual(a->having, b->having))
        return false;
    for (qsizetype i = 0; i < a->items.size(); ++i) {
        if (!sameName(a->items[i].alias, b->items[i].alias)
            || !structurallyEqual(a->items[i].expr, b->items[i].expr))
            return false;
    }
    for (qsizetype i = 0; i < a->joins.size(); ++i) {
        if (!sameTable(a->joins[i].table, b->joins[i].table)
            || !structurallyEqual(a->joins[i].on, b->joins[i].on))
            return false;
    }
    for (qsizetype i = 0; i < a->groupBy.size(); ++i) {
        if (!structurallyEqual(a->groupBy[i], b->groupBy[i]))
            return false;
    }
    return true;
}

void forEachNode(const Expr *root, const std::function<void(const Expr &)> &visit)
{
    if (!root)
        return;
    visit(*root);
    for (const ExprPtr &child : root->children)
        forEachNode(child, visit);
    if (root->subquery)
        forEachNode(*root->subquery, visit);
}

void forEachNode(const SelectStatement &s, const std::function<void(const Expr &)> &visit)
{
    for (const SelectItem &item : s.items)
        forEachNode(item.expr, visit);
    for (const Join &join : s.joins)
        forEachNode(join.on, visit);
    forEachNode(s.where, visit);
    for (const ExprPtr &g : s.groupBy)
        forEachNode(g, visit);
    forEachNode(s.having, visit);
}
