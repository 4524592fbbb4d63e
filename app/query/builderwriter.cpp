// SPDX-License-Identifier: MIT
#include "builderwriter.h"

#include "builderconditionwriter.h"
#include "buildersplice.h"
#include "formatter.h"

#include <QSet>

namespace {

using Junction = BuilderNode::Junction;

QString junctionText(Junction junction)
{
    return junction == Junction::And ? QStringLiteral("AND ") : QStringLiteral("OR ");
}

bool isEmptyGroup(const BuilderNode &node)
{
    if (!node.isGroup())
        return false;
    for (const BuilderNode &child : node.children)
        if (!isEmptyGroup(child))
            return false;
    return true;
}

/// The root's engagement conditions that are written over a JOIN: read so (or given that
/// shape), "was …" and still top-level terms of an AND; the others are written as sub-selects.
QSet<const BuilderNode *> joinedConditions(const BuilderQuery &query)
{
    QSet<const BuilderNode *> out;
    const BuilderNode &root = query.root;
    if (query.form != BuilderQuery::Form::Statement || query.head || query.alias.isEmpty()
        || root.negated || (root.junction == Junction::Or && root.children.size() > 1))
        return out;
    for (const BuilderNode &child : root.children)
        if (child.kind == BuilderNode::Kind::Condition && child.shape.joined
            && child.condition.type == BuilderFieldType::Engagement
            && !BuilderOperators::isNever(child.condition.op))
            out.insert(&child);
    return out;
}

/// Writes the lines of one statement, as QueryFormatter's layout does.
class Writer
{
public:
    explicit Writer(const BuilderQuery &query)
        : m_alias(query.alias)
        , m_joined(joinedConditions(query))
    { }

    VoidResult statement(const BuilderQuery &query)
    {
        if (query.form == BuilderQuery::Form::Statement)
            head(query);
        // An empty group contributes nothing and is left out; but a query whose every group is
        // empty would be written without WHERE, and select every contact instead of none.
        if (isEmptyGroup(query.root) && (query.root.negated || !query.root.children.isEmpty()))
            return VoidResult::failure(
                QStringLiteral("The group is empty: add a condition to it or remove it"));
        const bool statement = query.form == BuilderQuery::Form::Statement;
        VoidResult where = chain(query.root, 0, statement ? QStringLiteral("WHERE ") : QString());
        if (!where.isOk())
            return where;
        if (query.tail)
            m_lines << query.tail->sql;
        return VoidResult::success();
    }

    QString text() const { return m_lines.join(u'\n'); }

private:
    void head(const BuilderQuery &query)
    {
        if (query.head) {
            m_lines << query.head->sql;
            return;
        }
        const QString c = QueryFormatter::quoteIdentifier(m_alias);
        const QString prefix = m_alias.isEmpty() ? QString() : c + u'.';
        m_lines << QStringLiteral("SELECT ") + prefix + QStringLiteral("contact_id, ") + prefix
                + QStringLiteral("updated_at");
        m_lines << QStringLiteral("FROM contact_data")
                + (m_alias.isEmpty() ? QString() : QStringLiteral(" AS ") + c);
        QSet<QString> aliases;
        for (const BuilderNode &child : query.root.children) {
            if (!m_joined.contains(&child) || aliases.contains(child.shape.eventAlias))
                continue;
            aliases.insert(child.shape.eventAlias);
            const QString e = QueryFormatter::quoteIdentifier(child.shape.eventAlias);
            m_lines << QStringLiteral("JOIN event_data AS %1 ON %2.contact_id = %1.contact_id")
                           .arg(e, c);
        }
    }

    /// How `node` is written here: over a JOIN only where it can be.
    BuilderShape shapeHere(const BuilderNode &node) const
    {
        BuilderShape shape = node.shape;
        shape.joined = m_joined.contains(&node);
        return shape;
    }

    /// The text `node` was read from, while it is unchanged and written in the same form.
    const QString *originalText(const BuilderNode &node) const
    {
        const bool same = node.origin && node.origin->condition == node.condition
            && node.shape.joined == m_joined.contains(&node);
        return same ? &node.origin->sql : nullptr;
    }

    /// The group's children one per line (QueryFormatter's `condition`), or the negated
    /// group on one line.
    VoidResult chain(const BuilderNode &group, int indent, const QString &prefix)
    {
        if (isEmptyGroup(group))
            return VoidResult::success();
        if (const BuilderNode *only = onlyChild(group); only && only->isGroup() && !group.negated)
            return chain(*only, indent, prefix); // (a OR b) alone is the chain a OR b
        if (group.negated) {
            Result<QString> line = inlineText(group);
            if (!line.isOk())
                return VoidResult::failure(line.error());
            m_lines << QString(indent, u' ') + prefix + line.value();
            return VoidResult::success();
        }
        bool first = true;
        for (const BuilderNode &child : group.children) {
            if (isEmptyGroup(child))
                continue;
            VoidResult ok = first ? item(child, indent, prefix)
                                  : item(child, indent + 2, junctionText(group.junction));
            if (!ok.isOk())
                return ok;
            first = false;
        }
        return VoidResult::success();
    }

    VoidResult item(const BuilderNode &node, int indent, const QString &prefix)
    {
        const QString pad(indent, u' ');
        if (node.kind == BuilderNode::Kind::Locked) {
            m_lines << pad + prefix + node.locked.sql;
            return VoidResult::success();
        }
        if (needsParentheses(node)) {
            m_lines << pad + prefix + u'(';
            VoidResult ok = chain(node, indent + 4, {});
            m_lines << pad + u')';
            return ok;
        }
        if (node.isGroup())
            return chain(node, indent, prefix);
        if (const QString *original = originalText(node)) {
            m_lines << pad + prefix + *original;
            return VoidResult::success();
        }
        Result<BuilderConditionWriter::Written> written
            = BuilderConditionWriter::write(node.condition, m_alias, shapeHere(node));
        if (!written.isOk())
            return VoidResult::failure(written.error());
        const BuilderConditionWriter::Written &w = written.value();
        if (!w.terms.isEmpty()) { // over a JOIN: one top-level AND term each
            const QString follow(prefix.startsWith(u'A') ? indent : indent + 2, u' ');
            m_lines << pad + prefix + w.terms.first();
            for (qsizetype i = 1; i < w.terms.size(); ++i)
                m_lines << follow + QStringLiteral("AND ") + w.terms[i];
            return VoidResult::success();
        }
        if (!w.isSubquery()) {
            m_lines << pad + prefix + w.line;
            return VoidResult::success();
        }
        m_lines << pad + prefix + w.opening;
        for (const QString &line : w.subquery)
            m_lines << pad + QStringLiteral("    ") + line;
        m_lines << pad + u')';
        return VoidResult::success();
    }

    static const BuilderNode *onlyChild(const BuilderNode &group)
    {
        const BuilderNode *only = nullptr;
        for (const BuilderNode &child : group.children) {
            if (isEmptyGroup(child))
                continue;
            if (only)
                return nullptr;
            only = &child;
        }
        return only;
    }

    static bool needsParentheses(const BuilderNode &node)
    {
        return node.isGroup() && !node.negated && visibleChildren(node) > 1;
    }

    static int visibleChildren(const BuilderNode &group)
    {
        int count = 0;
        for (const BuilderNode &child : group.children)
            count += isEmptyGroup(child) ? 0 : 1;
        return count;
    }

    /// A node on one line: what a NOT applies to. A group in parentheses whenever it is
    /// negated or joins more than one child.
    Result<QString> inlineText(const BuilderNode &node)
    {
        if (node.kind == BuilderNode::Kind::Locked)
            return Result<QString>::success(node.locked.sql);
        if (node.kind == BuilderNode::Kind::Condition) {
            if (const QString *original = originalText(node))
                return Result<QString>::success(*original);
            Result<BuilderConditionWriter::Written> w
                = BuilderConditionWriter::write(node.condition, m_alias, shapeHere(node));
            if (!w.isOk())
                return Result<QString>::failure(w.error());
            return Result<QString>::success(w.value().line);
        }
        QStringList parts;
        for (const BuilderNode &child : node.children) {
            if (isEmptyGroup(child))
                continue;
            Result<QString> part = inlineText(child);
            if (!part.isOk())
                return part;
            parts << (needsParentheses(child) ? u'(' + part.value() + u')' : part.value());
        }
        const QString joined = parts.join(u' ' + junctionText(node.junction));
        if (!node.negated)
            return Result<QString>::success(joined);
        // NOT binds tighter than AND and OR: one condition needs no parentheses.
        const BuilderNode *only = onlyChild(node);
        const bool bare = only && !needsParentheses(*only);
        return Result<QString>::success(bare ? QStringLiteral("NOT ") + joined
                                             : QStringLiteral("NOT (") + joined + u')');
    }

    QString m_alias;
    QSet<const BuilderNode *> m_joined;
    QStringList m_lines;
};

} // namespace

namespace BuilderWriter {

Result<QString> toSql(const BuilderQuery &query)
{
    if (auto spliced = BuilderSplice::write(query))
        return *spliced;
    Writer writer(query);
    const VoidResult ok = writer.statement(query);
    if (!ok.isOk())
        return Result<QString>::failure(ok.error());
    return Result<QString>::success(writer.text());
}

} // namespace BuilderWriter
