// SPDX-License-Identifier: MIT
#include "livepreviewquery.h"

#include <QCoreApplication>
#include <algorithm>

#include "query/astarena.h"
#include "query/fieldcatalogue.h"
#include "query/sgqlcompiler.h"

namespace {

bool sameText(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Builds conditions from the trees of parsed statements, which must outlive it.
class ConditionBuilder
{
public:
    ExprPtr both(QList<ExprPtr> parts)
    {
        parts.removeAll(nullptr);
        if (parts.size() == 1)
            return parts.first();
        return chain(u"AND", parts);
    }

    ExprPtr inAnyList(const QStringList &listIds)
    {
        if (listIds.isEmpty())
            return nullptr;
        Expr *call = m_arena.expr(Expr::Kind::Function, {});
        call->name = u"array_contains";
        Expr *column = m_arena.expr(Expr::Kind::Column, {});
        column->name = u"list_ids";
        Expr *values = m_arena.expr(Expr::Kind::Array, {});
        for (const QString &id : listIds) {
            Expr *value = m_arena.expr(Expr::Kind::Literal, {});
            value->literalType = Expr::LiteralType::String;
            value->value = m_arena.keep(id);
            values->children.append(value);
        }
        call->children = {column, values};
        return call;
    }

    /// TRUE exactly where `e` is FALSE or NULL.
    ExprPtr notTrue(const ExprPtr &e)
    {
        if (e->kind == Expr::Kind::Logical)
            return mapped(e, sameText(e->op, u"AND") ? u"OR" : u"AND", &ConditionBuilder::notTrue);
        if (isNot(*e))
            return notFalse(e->children[0]);
        return orNull(negation(e), e);
    }

    /// TRUE exactly where `e` is TRUE or NULL.
    ExprPtr notFalse(const ExprPtr &e)
    {
        if (e->kind == Expr::Kind::Logical)
            return mapped(e, sameText(e->op, u"AND") ? u"AND" : u"OR", &ConditionBuilder::notFalse);
        if (isNot(*e))
            return notTrue(e->children[0]);
        return orNull(e, e);
    }

private:
    static bool isNot(const Expr &e) { return e.kind == Expr::Kind::Unary && e.op == u"NOT"; }

    ExprPtr chain(QStringView op, const QList<ExprPtr> &parts)
    {
        Expr *node = m_arena.expr(Expr::Kind::Logical, {});
        node->op = op;
        for (const ExprPtr &part : parts)
            node->children.append(part);
        return node;
    }

    ExprPtr mapped(const ExprPtr &e, QStringView op,
                   ExprPtr (ConditionBuilder::*map)(const ExprPtr &))
    {
        QList<ExprPtr> parts;
        for (const ExprPtr &child : e->children)
            parts.append((this->*map)(child));
        return chain(op, parts);
    }

    ExprPtr negation(const ExprPtr &e)
    {
        Expr *node = m_arena.expr(Expr::Kind::Unary, {});
        node->op = u"NOT";
        node->children = {e};
        return node;
    }

    /// `condition`, or also TRUE where `leaf` is NULL because a field it reads is empty. Tests
    /// of emptiness and of list membership are never NULL.
    ExprPtr orNull(const ExprPtr &condition, const ExprPtr &leaf)
    {
        if (leaf->kind == Expr::Kind::IsNull || leaf->kind == Expr::Kind::Literal
            || (leaf->kind == Expr::Kind::Function
                && (leaf->name == u"array_contains" || leaf->name == u"contains")))
            return condition;
        QList<ExprPtr> parts {condition};
        for (const ExprPtr &column : columnsOf(leaf)) {
            Expr *empty = m_arena.expr(Expr::Kind::IsNull, {});
            empty->children = {column};
            parts.append(empty);
        }
        return parts.size() == 1 ? condition : chain(u"OR", parts);
    }

    /// The fields `e` reads, each once (a leaf of a parsed tree: its depth is bounded).
    static QList<ExprPtr> columnsOf(const ExprPtr &e, QList<ExprPtr> found = {})
    {
        if (e->kind == Expr::Kind::Column && !sameText(e->name, u"current_timestamp")
            && std::none_of(found.cbegin(), found.cend(),
                            [&](const ExprPtr &known) { return sameText(known->name, e->name); }))
            found.append(e);
        for (const ExprPtr &child : e->children)
            found = columnsOf(child, std::move(found));
        return found;
    }

    AstArena m_arena {QStringView()};
};

Result<QString> translated(const SelectStatement &shape, ExprPtr where)
{
    SelectStatement statement = shape;
    statement.where = where;
    const SgqlTranslation translation = SgqlCompiler::translate(statement);
    if (!translation.ok())
        return Result<QString>::failure(translation.notTranslatable);
    return Result<QString>::success(translation.expression);
}

/// Whether `statement` alone translates: its own reason, before it is combined with another.
VoidResult translatable(const SelectStatement &statement)
{
    const SgqlTranslation translation = SgqlCompiler::translate(statement);
    return translation.ok() ? VoidResult::success()
                            : VoidResult::failure(translation.notTranslatable);
}

/// The terms of the top-level AND chains of `e` (a parsed tree: its depth is bounded).
QList<ExprPtr> conjuncts(const ExprPtr &e)
{
    if (!e || e->kind != Expr::Kind::Logical || !sameText(e->op, u"AND"))
        return {e};
    QList<ExprPtr> terms;
    for (const ExprPtr &child : e->children)
        terms += conjuncts(child);
    return terms;
}

/// Whether `term` reads only the contact table of `statement`: no sub-select, and no column of
/// a joined table (event_data), named by its alias or, unqualified, by an event column's name.
bool readsContactOnly(const SelectStatement &statement, const Expr &term)
{
    static const FieldCatalogue catalogue;
    bool contactOnly = true;
    forEachNode(&term, [&](const Expr &node) {
        if (node.kind == Expr::Kind::InSelect)
            contactOnly = false;
        if (node.kind != Expr::Kind::Column && node.kind != Expr::Kind::Path)
            return;
        if (!node.qualifier.isEmpty())
            contactOnly &= sameText(node.qualifier, statement.from.referenceName());
        else if (!statement.joins.isEmpty())
            contactOnly &= sameText(node.name, u"contact_id")
                || !catalogue.columnType(FieldCatalogue::eventTable(), node.name);
    });
    return contactOnly;
}

} // namespace

namespace LivePreviewQuery {

Result<QString> matches(const SelectStatement &unsaved, const QStringList &parentListIds)
{
    if (VoidResult alone = translatable(unsaved); !alone.isOk())
        return Result<QString>::failure(alone.error());
    ConditionBuilder builder;
    return translated(unsaved, builder.both({unsaved.where, builder.inAnyList(parentListIds)}));
}

Result<QString> arrivals(const SelectStatement &from, const SelectStatement &to,
                         const QStringList &parentListIds)
{
    for (const SelectStatement *statement : {&from, &to})
        if (VoidResult alone = translatable(*statement); !alone.isOk())
            return Result<QString>::failure(alone.error());
    ConditionBuilder builder;
    return translated(
        to,
        builder.both({to.where, builder.notTrue(from.where), builder.inAnyList(parentListIds)}));
}

Result<QString> contactConditions(const SelectStatement &unsaved, const QStringList &parentListIds)
{
    const auto nothing = [] {
        return Result<QString>::failure(
            QCoreApplication::translate("LivePreview", "it has no field or list condition"));
    };
    if (!sameText(unsaved.from.table, FieldCatalogue::contactTable()))
        return nothing();
    SelectStatement contactsOnly = unsaved;
    contactsOnly.joins.clear();
    contactsOnly.groupBy.clear();
    contactsOnly.having = nullptr;
    ConditionBuilder builder;
    QList<ExprPtr> kept;
    for (const ExprPtr &term : conjuncts(unsaved.where)) {
        contactsOnly.where = term;
        if (term && readsContactOnly(unsaved, *term) && translatable(contactsOnly).isOk())
            kept.append(term);
    }
    kept.append(builder.inAnyList(parentListIds));
    kept.removeAll(nullptr);
    return kept.isEmpty() ? nothing() : translated(contactsOnly, builder.both(kept));
}

} // namespace LivePreviewQuery
