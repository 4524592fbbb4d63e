// SPDX-License-Identifier: MIT
#include "builderlockreason.h"

#include "builderexpressions.h"
#include "token.h"

namespace {

using K = Expr::Kind;
using R = BuilderLockReason;

bool any(const Expr &e, const std::function<bool(const Expr &)> &test)
{
    if (test(e))
        return true;
    for (const ExprPtr &child : e.children)
        if (any(*child, test))
            return true;
    return false;
}

bool isArithmetic(const Expr &e)
{
    static const QList<QStringView> ops = {u"+", u"-", u"*", u"/", u"%"};
    return (e.kind == K::Binary && ops.contains(e.op) && !BuilderExpressions::sinceNow(e))
        || (e.kind == K::Unary && e.op == u"-");
}

bool isComparison(const Expr &e)
{
    static const QList<QStringView> ops = {u"=", u"!=", u"<", u"<=", u">", u">="};
    return (e.kind == K::Binary && ops.contains(e.op)) || e.kind == K::Like || e.kind == K::Between;
}

bool comparesFields(const Expr &e)
{
    if (!isComparison(e))
        return false;
    int columns = 0;
    for (const ExprPtr &child : e.children)
        columns += child->kind == K::Column || child->kind == K::Path ? 1 : 0;
    return columns > 1;
}

} // namespace

namespace BuilderLockReasons {

BuilderLockReason of(const Expr &e, QStringView alias)
{
    if (e.kind == K::Logical || (e.kind == K::Unary && e.children[0]->kind == K::Logical))
        return R::TooDeep;
    if (any(e, [](const Expr &x) { return x.kind == K::InSelect; }))
        return R::SubSelect;
    if (any(e, [alias](const Expr &x) {
            return (x.kind == K::Column || x.kind == K::Path) && !x.qualifier.isEmpty()
                && !sameName(x.qualifier, alias);
        }))
        return R::OtherTable;
    if (any(e, [](const Expr &x) {
            return x.kind == K::Function && x.name != u"now" && x.name != u"array_contains";
        }))
        return R::Function;
    if (any(e, isArithmetic))
        return R::Arithmetic;
    if (any(e, comparesFields))
        return R::ComparesFields;
    if (e.kind == K::Like)
        return R::Pattern;
    if (isComparison(e) || e.kind == K::InList || e.kind == K::Function)
        return R::ValueForm;
    return R::Other;
}

} // namespace BuilderLockReasons
