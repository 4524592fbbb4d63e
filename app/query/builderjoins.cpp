// SPDX-License-Identifier: MIT
#include "builderjoins.h"

#include "builderengagementterms.h"
#include "fieldcatalogue.h"
#include "token.h"

#include <QRegularExpression>

namespace {

using K = Expr::Kind;

bool isContactId(const Expr &e, QStringView qualifier)
{
    return e.kind == K::Column && sameName(e.name, u"contact_id") && !e.qualifier.isEmpty()
        && sameName(e.qualifier, qualifier);
}

/// `JOIN event_data AS e ON c.contact_id = e.contact_id` (either way round).
bool isEventJoin(const Join &join, QStringView c)
{
    const QStringView e = join.table.alias;
    if (!sameName(join.table.table, FieldCatalogue::eventTable()) || e.isEmpty() || sameName(e, c)
        || !join.on || join.on->kind != K::Binary || join.on->op != u"=")
        return false;
    const Expr &left = *join.on->children[0];
    const Expr &right = *join.on->children[1];
    return (isContactId(left, c) && isContactId(right, e))
        || (isContactId(left, e) && isContactId(right, c));
}

bool mentions(const Expr &e, QStringView alias)
{
    if ((e.kind == K::Column || e.kind == K::Path) && sameName(e.qualifier, alias))
        return true;
    for (const ExprPtr &child : e.children)
        if (mentions(*child, alias))
            return true;
    return false;
}

/// The terms that mention `alias`, when they stand next to each other and fold into one
/// engagement condition.
std::optional<BuilderJoins::Fold> foldOne(const QList<const Expr *> &terms, QStringView alias)
{
    QList<qsizetype> mine;
    for (qsizetype i = 0; i < terms.size(); ++i)
        if (mentions(*terms[i], alias))
            mine << i;
    if (mine.isEmpty() || mine.last() - mine.first() + 1 != mine.size())
        return std::nullopt;
    BuilderJoins::Fold fold;
    fold.first = mine.first();
    fold.last = mine.last();
    const QList<const Expr *> own = terms.mid(fold.first, mine.size());
    const auto condition = BuilderEngagementTerms::read(own, alias, false, false, fold.shape);
    if (!condition)
        return std::nullopt;
    fold.condition = *condition;
    fold.shape.joined = true;
    fold.shape.eventAlias = alias.toString();
    return fold;
}

} // namespace

namespace BuilderJoins {

QList<const Expr *> conjuncts(const SelectStatement &s)
{
    if (!s.where)
        return {};
    if (s.where->kind == K::Logical && s.where->op == u"AND")
        return QList<const Expr *>(s.where->children.begin(), s.where->children.end());
    return {s.where};
}

std::optional<QList<Fold>> fold(const SelectStatement &s, const QList<const Expr *> &terms,
                                QStringView text)
{
    static const QRegularExpression left(QStringLiteral("\\bLEFT\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QStringView c = s.from.alias;
    if (s.joins.isEmpty() || c.isEmpty()
        || left.match(text.mid(s.head.offset, s.head.length)).hasMatch())
        return std::nullopt;
    QList<Fold> folds;
    for (const Join &join : s.joins) {
        const auto one = isEventJoin(join, c) ? foldOne(terms, join.table.alias) : std::nullopt;
        if (!one)
            return std::nullopt;
        folds << *one;
    }
    std::sort(folds.begin(), folds.end(),
              [](const Fold &a, const Fold &b) { return a.first < b.first; });
    for (qsizetype i = 1; i < folds.size(); ++i)
        if (folds[i].first <= folds[i - 1].last)
            return std::nullopt;
    return folds;
}

} // namespace BuilderJoins
