// SPDX-License-Identifier: MIT
#include "ast.h"

#include "astarena.h"

ExprPtr Expr::make(Kind kind, SourceRange range)
{
    auto e = AstArena::make<Expr>();
    e->kind = kind;
    e->range = range;
    return e;
}

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
        if (!structurallyEqual(a->children[i].get(), b->children[i].get()))
            return false;
    }
    return structurallyEqual(a->subquery.get(), b->subquery.get());
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
        || !structurallyEqual(a->where.get(), b->where.get())
        || !structurallyEqual(a->having.get(), b->having.get()))
        return false;
    for (qsizetype i = 0; i < a->items.size(); ++i) {
        if (!sameName(a->items[i].alias, b->items[i].alias)
            || !structurallyEqual(a->items[i].expr.get(), b->items[i].expr.get()))
            return false;
    }
    for (qsizetype i = 0; i < a->joins.size(); ++i) {
        if (!sameTable(a->joins[i].table, b->joins[i].table)
            || !structurallyEqual(a->joins[i].on.get(), b->joins[i].on.get()))
            return false;
    }
    for (qsizetype i = 0; i < a->groupBy.size(); ++i) {
        if (!structurallyEqual(a->groupBy[i].get(), b->groupBy[i].get()))
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
        forEachNode(child.get(), visit);
    if (root->subquery)
        forEachNode(*root->subquery, visit);
}

void forEachNode(const SelectStatement &s, const std::function<void(const Expr &)> &visit)
{
    for (const SelectItem &item : s.items)
        forEachNode(item.expr.get(), visit);
    for (const Join &join : s.joins)
        forEachNode(join.on.get(), visit);
    forEachNode(s.where.get(), visit);
    for (const ExprPtr &g : s.groupBy)
        forEachNode(g.get(), visit);
    forEachNode(s.having.get(), visit);
}
