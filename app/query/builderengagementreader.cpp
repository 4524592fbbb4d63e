// SPDX-License-Identifier: MIT
// BuilderConditionReader: engagement conditions, `contact_id [NOT] IN (SELECT … FROM event_data
// …)`.
#include "builderconditionreader.h"

#include "builderengagementterms.h"
#include "builderexpressions.h"
#include "fieldcatalogue.h"

using namespace BuilderExpressions;
using K = Expr::Kind;

namespace {

/// `SELECT [ev.]contact_id FROM event_data [AS] ev WHERE …`, nothing more.
bool isEventSelect(const SelectStatement &s)
{
    const QStringView ev = s.from.referenceName();
    const Expr *item = s.items.size() == 1 ? s.items[0].expr : nullptr;
    return item && s.items[0].alias.isEmpty() && item->kind == K::Column
        && sameName(item->name, u"contact_id")
        && (item->qualifier.isEmpty() || sameName(item->qualifier, ev))
        && sameName(s.from.table, FieldCatalogue::eventTable()) && s.joins.isEmpty()
        && s.groupBy.isEmpty() && !s.having && s.where;
}

} // namespace

std::optional<BuilderCondition> BuilderConditionReader::engagement(const Expr &e,
                                                                   BuilderShape *shape) const
{
    const auto subject = field(*e.children[0]);
    const SelectStatement &s = *e.subquery;
    if (!subject || !sameName(*subject, u"contact_id") || !isEventSelect(s))
        return std::nullopt;
    QList<const Expr *> terms;
    if (s.where->kind == K::Logical && s.where->op == u"AND")
        terms = QList<const Expr *>(s.where->children.begin(), s.where->children.end());
    else
        terms << s.where;
    BuilderShape read;
    read.eventAlias = s.from.alias.toString();
    auto condition
        = BuilderEngagementTerms::read(terms, s.from.referenceName(), true, e.negated, read);
    if (condition && shape)
        *shape = read;
    return condition;
}
