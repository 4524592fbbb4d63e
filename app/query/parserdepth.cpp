// SPDX-License-Identifier: MIT
// ParserEngine: the depth limit (QueryLimits::MaxDepth) on the parser's recursion and on the
// trees it hands out, so that every later walk may recurse once per level.
#include "parserengine.h"

#include "querylimits.h"

#include <vector>

namespace {

DiagnosticText tooDeepMessage()
{
    return {QT_TRANSLATE_NOOP("Diagnostic",
                              "The query is nested too deeply: at most %1 levels of parentheses, "
                              "NOT, operators, function calls and sub-selects; simplify it"),
            {QString::number(QueryLimits::MaxDepth)}};
}

} // namespace

bool ParserEngine::RecursionGuard::tooDeep() const
{
    // A parenthesis passes through expression() and primary(): two calls per level.
    return m_engine.m_depth > 2 * QueryLimits::MaxDepth + 1;
}

ExprPtr ParserEngine::nestedTooDeeply()
{
    report(peek().range, tooDeepMessage());
    // Nothing after this point can be read in context: stop at the end instead of reporting
    // every unclosed parenthesis on the way out.
    m_pos = qsizetype(m_tokens.size()) - 1;
    return node(Expr::Kind::Error, peek().range);
}

// Chains of NOT, minus and arithmetic are built in loops, so a tree can be deeper than the
// parser's recursion. Walks the tree without recursion and replaces each subtree that starts
// below the limit with an error node.
void ParserEngine::limitDepth(ParsedQuery &query)
{
    struct Slot
    {
        ExprPtr *expr;
        int depth;
    };
    std::vector<Slot> pending;
    auto pushStatement = [&pending](SelectStatement &s, int depth) {
        for (SelectItem &item : s.items)
            pending.push_back({&item.expr, depth});
        for (Join &join : s.joins)
            pending.push_back({&join.on, depth});
        pending.push_back({&s.where, depth});
        for (ExprPtr &key : s.groupBy)
            pending.push_back({&key, depth});
        pending.push_back({&s.having, depth});
    };
    if (query.statement)
        pushStatement(*query.statement, 1);
    pending.push_back({&query.expression, 1});
    bool reported = false;
    while (!pending.empty()) {
        const Slot slot = pending.back();
        pending.pop_back();
        const ExprPtr e = *slot.expr;
        if (!e)
            continue;
        if (slot.depth > QueryLimits::MaxDepth) {
            if (!std::exchange(reported, true))
                m_diagnostics.append(
                    Diagnostic::make(Diagnostic::Severity::Error, e->range, tooDeepMessage()));
            *slot.expr = node(Expr::Kind::Error, e->range);
            continue;
        }
        for (ExprPtr &child : e->children)
            pending.push_back({&child, slot.depth + 1});
        if (e->subquery)
            pushStatement(*e->subquery, slot.depth + 1);
    }
}
