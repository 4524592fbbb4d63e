// SPDX-License-Identifier: MIT
// BuilderConditionReader: engagement conditions, `contact_id [NOT] IN (SELECT … FROM event_data
// …)`.
#include "builderconditionreader.h"

#include "builderexpressions.h"
#include "fieldcatalogue.h"

using namespace BuilderExpressions;
using K = Expr::Kind;

namespace {

/// `SELECT ev.contact_id FROM event_data [AS] ev WHERE …`, nothing more.
bool isEventSelect(const SelectStatement &s)
{
    const QStringView ev = s.from.referenceName();
    return s.items.size() == 1 && s.items[0].alias.isEmpty() && s.items[0].expr->kind == K::Column
        && sameName(s.items[0].expr->name, u"contact_id") && qualifiedBy(*s.items[0].expr, ev)
        && sameName(s.from.table, FieldCatalogue::eventTable()) && s.joins.isEmpty()
        && s.groupBy.isEmpty() && !s.having && s.where;
}

} // namespace

std::optional<BuilderCondition> BuilderConditionReader::engagement(const Expr &e) const
{
    const auto subject = field(*e.children[0]);
    const SelectStatement &s = *e.subquery;
    const QStringView ev = s.from.referenceName();
    if (!subject || !sameName(*subject, u"contact_id") || !isEventSelect(s))
        return std::nullopt;
    QList<const Expr *> terms;
    if (s.where->kind == K::Logical && s.where->op == u"AND")
        terms = QList<const Expr *>(s.where->children.begin(), s.where->children.end());
    else
        terms << s.where;
    std::optional<QString> type, singleSend, days;
    static const QList<QStringView> singleSendPath = {u"payload", u"unique_args", u"singlesend_id"};
    for (const Expr *t : terms) {
        if (t->kind != K::Binary)
            return std::nullopt;
        const Expr &left = *t->children[0];
        const auto text = stringValue(*t->children[1]);
        const bool column = left.kind == K::Column && qualifiedBy(left, ev);
        if (column && !type && text && t->op == u"=" && sameName(left.name, u"event_type")) {
            type = text;
        } else if (left.kind == K::Path && qualifiedBy(left, ev) && !singleSend && text
                   && t->op == u"=" && sameName(left.name, u"data")
                   && left.path == singleSendPath) {
            singleSend = text;
        } else if (column && !days && t->op == u">=" && sameName(left.name, u"event_timestamp")) {
            const auto since = sinceNow(*t->children[1]);
            if (!since || since->unit != u"day")
                return std::nullopt;
            days = since->count;
        } else {
            return std::nullopt;
        }
    }
    const auto op = type ? BuilderOperators::engagementOperator(*type, e.negated) : std::nullopt;
    if (!op || singleSend == QString())
        return std::nullopt;
    return BuilderCondition {BuilderOperators::engagementField(),
                             BuilderFieldType::Engagement,
                             *op,
                             {singleSend.value_or(QString()), days.value_or(QString())}};
}
