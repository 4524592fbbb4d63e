// SPDX-License-Identifier: MIT
#include "sgqlcompiler.h"

#include "astarena.h"
#include "formatter.h"
#include "lexer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

/// Rewrites a V2 condition into SGQL v1's form. The rewritten nodes live in the translator's
/// arena and may point to nodes of the original tree, which must outlive the translator.
class Translator
{
public:
    ExprPtr rewrite(const ExprPtr &e)
    {
        if (!m_reason.isEmpty() || !e)
            return e;
        switch (e->kind) {
        case Expr::Kind::InSelect:
            return refuse(QCoreApplication::translate(
                "LivePreview",
                "sub-selects (such as \"never opened\") have no contacts-search equivalent"));
        case Expr::Kind::Path:
            return refuse(QCoreApplication::translate(
                "LivePreview", "event data paths have no contacts-search equivalent"));
        case Expr::Kind::Interval:
            break;
        case Expr::Kind::Column:
            return column(e);
        case Expr::Kind::Function:
            if (e->name == u"array_contains" || e->name == u"contains")
                return contains(e);
            if (e->name == u"timestampadd")
                return refuse(QCoreApplication::translate(
                    "LivePreview", "timestampadd() has no contacts-search equivalent"));
            break;
        case Expr::Kind::Binary:
            return timeComparison(e);
        case Expr::Kind::Literal:
            if (e->literalType == Expr::LiteralType::Number && !numberInRange(e->value))
                return refuse(
                    QCoreApplication::translate("LivePreview", "the number %1 is out of range")
                        .arg(e->value.left(40)));
            break;
        default:
            break;
        }
        auto copy = copyOf(*e);
        for (ExprPtr &child : copy->children)
            child = rewrite(child);
        return copy;
    }

    const QString &reason() const { return m_reason; }

private:
    ExprPtr copyOf(const Expr &e)
    {
        Expr *copy = m_arena.make<Expr>();
        *copy = e;
        return copy;
    }

    ExprPtr refuse(const QString &why)
    {
        if (m_reason.isEmpty())
            m_reason = why;
        return m_arena.expr(Expr::Kind::Error, {});
    }

    ExprPtr column(const ExprPtr &e)
    {
        auto copy = copyOf(*e);
        copy->qualifier = {}; // v1 names fields without a table
        return copy;
    }

    // array_contains(col, [a, b]) → (CONTAINS(col, a) OR CONTAINS(col, b))
    ExprPtr contains(const ExprPtr &e)
    {
        if (e->children.size() != 2)
            return refuse(
                QCoreApplication::translate("LivePreview", "array_contains needs two arguments"));
        const ExprPtr array = rewrite(e->children[0]);
        const ExprPtr values = e->children[1];
        const auto items = values->kind == Expr::Kind::Array ? values->children
                                                             : decltype(values->children) {values};
        if (items.isEmpty())
            return refuse(QCoreApplication::translate("LivePreview",
                                                      "array_contains needs at least one value"));
        auto either = m_arena.expr(Expr::Kind::Logical, e->range);
        either->op = u"OR";
        for (const ExprPtr &item : items) {
            auto call = m_arena.expr(Expr::Kind::Function, e->range);
            call->name = u"CONTAINS";
            call->children = {array, rewrite(item)};
            either->children.append(call);
        }
        return either->children.size() == 1 ? either->children.first() : either;
    }

    // v1 writes times as TIMESTAMP '…'; V2 compares time columns with plain ISO strings.
    ExprPtr timeComparison(const ExprPtr &e)
    {
        auto copy = copyOf(*e);
        for (ExprPtr &child : copy->children)
            child = rewrite(child);
        for (ExprPtr &child : copy->children) {
            if (child->kind == Expr::Kind::Literal
                && child->literalType == Expr::LiteralType::String && child->value.size() >= 19
                && child->value[10] == u'T'
                && QDateTime::fromString(child->value, Qt::ISODateWithMs).isValid()) {
                auto stamp = m_arena.expr(Expr::Kind::Timestamp, child->range);
                stamp->value = child->value;
                child = stamp;
            }
        }
        return copy;
    }

    AstArena m_arena {QStringView()};
    QString m_reason;
};

} // namespace

namespace SgqlCompiler {

SgqlTranslation translate(const SelectStatement &statement)
{
    if (!statement.joins.isEmpty())
        return {{},
                QCoreApplication::translate(
                    "LivePreview",
                    "engagement conditions (event_data) have no contacts-search equivalent")};
    if (statement.having || !statement.groupBy.isEmpty())
        return {{},
                QCoreApplication::translate(
                    "LivePreview", "GROUP BY and HAVING have no contacts-search equivalent")};
    if (!statement.where)
        return {{},
                QCoreApplication::translate(
                    "LivePreview", "the query has no condition to preview; every contact matches")};
    Translator translator;
    const ExprPtr rewritten = translator.rewrite(statement.where);
    if (!translator.reason().isEmpty())
        return {{}, translator.reason()};
    // SGQL's reference gives one escape for a quote in a string: the backslash.
    return {QueryFormatter::expressionText(*rewritten, QueryFormatter::Quotes::Backslash), {}};
}

} // namespace SgqlCompiler
