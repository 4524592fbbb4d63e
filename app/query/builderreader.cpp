// SPDX-License-Identifier: MIT
#include "builderreader.h"

#include "builderconditionreader.h"
#include "builderjoins.h"
#include "builderlockreason.h"
#include "fieldcatalogue.h"
#include "token.h"

#include <QCoreApplication>

namespace {

using K = Expr::Kind;

bool isColumn(const Expr &e, QStringView name, QStringView qualifier)
{
    return e.kind == K::Column && sameName(e.name, name)
        && (qualifier.isEmpty() ? e.qualifier.isEmpty() : sameName(e.qualifier, qualifier));
}

/// `SELECT [a.]contact_id, [a.]updated_at FROM contact_data [AS a]`, qualified by the alias
/// exactly when there is one: what the builder writes itself; with `joined`, followed by the
/// JOINs BuilderJoins folds.
bool isPlainHead(const SelectStatement &s, bool joined)
{
    const QStringView alias = s.from.alias;
    return sameName(s.from.table, FieldCatalogue::contactTable()) && s.joins.isEmpty() != joined
        && s.items.size() == 2 && s.items[0].alias.isEmpty() && s.items[1].alias.isEmpty()
        && isColumn(*s.items[0].expr, u"contact_id", alias)
        && isColumn(*s.items[1].expr, u"updated_at", alias);
}

class Reader
{
public:
    Reader(QStringView text, const FieldCatalogue &catalogue, QStringView alias, bool unqualified)
        : m_text(text)
        , m_alias(alias)
        , m_conditions(catalogue, alias, unqualified)
    { }

    BuilderLocked locked(int start, int end, BuilderLockReason reason) const
    {
        return {m_text.mid(start, end - start).toString(), start, end, reason};
    }

    /// An operand's text. A node's range covers the parentheses it was written in, so a chain
    /// deeper than the builder draws stays one operand wherever the piece is written.
    BuilderLocked locked(const Expr &e) const
    {
        return locked(e.range.offset, e.range.end(), BuilderLockReasons::of(e, m_alias));
    }
    BuilderLocked locked(SourceRange range, BuilderLockReason reason) const
    {
        return locked(range.offset, range.end(), reason);
    }

    /// The root of a statement whose joins fold into engagement conditions: its top-level
    /// terms, each join's terms as one condition.
    BuilderNode joinedRoot(const QList<const Expr *> &terms,
                           const QList<BuilderJoins::Fold> &folds) const
    {
        BuilderNode root = BuilderNode::group(BuilderNode::Junction::And);
        qsizetype next = 0;
        for (const BuilderJoins::Fold &fold : folds) {
            for (; next < fold.first; ++next)
                root.children << item(*terms[next], 1);
            const int start = terms[fold.first]->range.offset;
            const int end = terms[fold.last]->range.end();
            BuilderNode node = BuilderNode::fromCondition(fold.condition);
            node.shape = fold.shape;
            node.origin = BuilderOrigin {fold.condition, m_text.mid(start, end - start).toString(),
                                         start, end};
            root.children << node;
            next = fold.last + 1;
        }
        for (; next < terms.size(); ++next)
            root.children << item(*terms[next], 1);
        return root;
    }

    /// The root: a chain (or a NOT of one) is the root group itself, anything else its only
    /// child.
    BuilderNode root(const Expr *where) const
    {
        if (!where)
            return BuilderNode::group(BuilderNode::Junction::And);
        if (where->kind == K::Logical)
            return group(*where, 1);
        if (where->kind == K::Unary && where->op == u"NOT"
            && where->children[0]->kind == K::Logical) {
            BuilderNode negated = group(*where->children[0], 1);
            negated.negated = true;
            return negated;
        }
        return BuilderNode::group(BuilderNode::Junction::And, {item(*where, 1)});
    }

private:
    BuilderNode group(const Expr &chain, int depth) const
    {
        BuilderNode node = BuilderNode::group(chain.op == u"OR" ? BuilderNode::Junction::Or
                                                                : BuilderNode::Junction::And);
        node.children.reserve(chain.children.size());
        for (const ExprPtr &child : chain.children)
            node.children << item(*child, depth);
        return node;
    }

    /// One operand of a group at `depth`.
    BuilderNode item(const Expr &e, int depth) const
    {
        const bool nested = depth < BuilderQuery::MaxGroupDepth;
        if (e.kind == K::Logical)
            return nested ? group(e, depth + 1) : BuilderNode::fromLocked(locked(e));
        BuilderShape shape;
        if (const auto condition = m_conditions.read(e, &shape)) {
            BuilderNode node = BuilderNode::fromCondition(*condition);
            node.shape = shape;
            node.origin = BuilderOrigin {*condition, locked(e.range, {}).sql, e.range.offset,
                                         e.range.end()};
            return node;
        }
        if (e.kind == K::Unary && e.op == u"NOT" && nested) {
            const Expr &operand = *e.children[0];
            BuilderNode negated = operand.kind == K::Logical
                ? group(operand, depth + 1)
                : BuilderNode::group(BuilderNode::Junction::And, {item(operand, depth + 1)});
            negated.negated = true;
            return negated;
        }
        return BuilderNode::fromLocked(locked(e));
    }

    QStringView m_text;
    QStringView m_alias;
    BuilderConditionReader m_conditions;
};

/// The query with its source's tree: what BuilderWriter compares an edited tree with.
BuilderQuery withSource(BuilderQuery query)
{
    query.source = std::make_shared<BuilderSource>(BuilderSource {query.source->text, query.root});
    return query;
}

} // namespace

namespace BuilderReader {

BuilderQuery read(const ParsedQuery &parsed, QStringView text, const FieldCatalogue &catalogue)
{
    BuilderQuery query;
    query.source = std::make_shared<BuilderSource>(BuilderSource {text.toString(), {}});
    if (parsed.form == ParsedQuery::Form::Expression) {
        query.form = BuilderQuery::Form::Expression;
        query.root = Reader(text, catalogue, {}, false).root(parsed.expression);
        return withSource(std::move(query));
    }
    const SelectStatement &s = *parsed.statement;
    const bool contacts = sameName(s.from.table, FieldCatalogue::contactTable());
    query.alias = contacts ? s.from.alias.toString() : QString();
    const QList<const Expr *> terms = BuilderJoins::conjuncts(s);
    // Joins are drawn as engagement conditions under the plain head only: an aggregate or a
    // GROUP BY depends on the joined rows themselves.
    const bool plainJoins = isPlainHead(s, true) && s.groupBy.isEmpty() && !s.having;
    const auto folds = plainJoins ? BuilderJoins::fold(s, terms, text) : std::nullopt;
    // Conditions are only drawn on contact_data's columns. With another table first, or a
    // join and no alias to tell the tables' columns apart, no column qualifies ("\x01" names
    // no table) and the whole WHERE stays locked.
    const bool drawable = contacts && (s.joins.isEmpty() || !query.alias.isEmpty());
    const Reader reader(text, catalogue, drawable ? QStringView(query.alias) : u"\x01", drawable);
    if (!isPlainHead(s, folds.has_value()))
        query.head = reader.locked(s.head, BuilderLockReason::OtherTable);
    query.root = folds ? reader.joinedRoot(terms, *folds) : reader.root(s.where);
    if (!s.groupBy.isEmpty() || s.having)
        query.tail = reader.locked(s.grouping, BuilderLockReason::Grouping);
    return withSource(std::move(query));
}

Result<BuilderQuery> read(QStringView text, const FieldCatalogue &catalogue)
{
    const ParsedQuery parsed = QueryParser::parse(text);
    if (parsed.hasErrors()) {
        // The first error, and how many follow: one cut-off tree can give dozens, and the
        // message is one line (a banner, a CLI error); the SQL view and lint list them all.
        QStringList problems;
        for (const Diagnostic &d : parsed.diagnostics)
            if (d.severity == Diagnostic::Severity::Error)
                problems << d.toDisplayString();
        return Result<BuilderQuery>::failure(
            problems.size() > 1
                ? QCoreApplication::translate("Diagnostic",
                                              "The query does not parse: %1 (and %2 more)")
                      .arg(problems.constFirst(), QString::number(problems.size() - 1))
                : QCoreApplication::translate("Diagnostic", "The query does not parse: %1")
                      .arg(problems.value(0)));
    }
    return Result<BuilderQuery>::success(read(parsed, text, catalogue));
}

void forgetSource(BuilderQuery &query)
{
    query.source.reset();
    forgetOrigins(query.root);
}

void forgetOrigins(BuilderNode &node)
{
    node.origin.reset();
    for (BuilderNode &child : node.children)
        forgetOrigins(child);
}

} // namespace BuilderReader
