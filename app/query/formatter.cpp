// SPDX-License-Identifier: MIT
#include "formatter.h"

#include "sqlkeywords.h"

#include <algorithm>
#include <limits>

namespace {

enum Precedence { Or = 1, And, Not, Predicate, Additive, Multiplicative, UnaryMinus, Primary };

int precedenceOf(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Binary:
        if (e.op == u"OR")
            return Or;
        if (e.op == u"AND")
            return And;
        if (e.op == u"+" || e.op == u"-")
            return Additive;
        if (e.op == u"*" || e.op == u"/" || e.op == u"%")
            return Multiplicative;
        return Predicate;
    case Expr::Kind::Unary:
        return e.op == u"NOT" ? Not : UnaryMinus;
    case Expr::Kind::InList:
    case Expr::Kind::InSelect:
    case Expr::Kind::IsNull:
    case Expr::Kind::Like:
    case Expr::Kind::Between:
        return Predicate;
    default:
        return Primary;
    }
}

QString statementInline(const SelectStatement &s);

QString text(const Expr &e, int minimum);

QString joinChildren(const Expr &e, qsizetype from, int minimum)
{
    QStringList parts;
    for (qsizetype i = from; i < e.children.size(); ++i)
        parts << text(*e.children[i], minimum);
    return parts.join(QStringLiteral(", "));
}

QString bare(const Expr &e)
{
    using K = Expr::Kind;
    const QString neg = e.negated ? QStringLiteral("NOT ") : QString();
    auto child = [&e](int i, int minimum) { return text(*e.children[i], minimum); };
    switch (e.kind) {
    case K::Literal:
        switch (e.literalType) {
        case Expr::LiteralType::String:
            return QueryFormatter::quoteString(e.value);
        case Expr::LiteralType::Number:
            return e.value.toString();
        case Expr::LiteralType::Boolean:
            return e.value.toString().toUpper();
        case Expr::LiteralType::Null:
            return QStringLiteral("NULL");
        }
        break;
    case K::Column:
    case K::Path: {
        QString out = e.qualifier.isEmpty() ? QString()
                                            : QueryFormatter::quoteIdentifier(e.qualifier) + u'.';
        out += QueryFormatter::quoteIdentifier(e.name);
        if (e.kind == K::Path) {
            QStringList parts;
            for (QStringView p : e.path)
                parts << QueryFormatter::quoteIdentifier(p);
            out += u':' + parts.join(u'.');
        }
        return out;
    }
    case K::Function:
        return e.name.toString() + u'(' + joinChildren(e, 0, Or) + u')';
    case K::Unary:
        if (e.op == u"NOT")
            return QStringLiteral("NOT ") + child(0, Not);
        {
            // "--" would start a comment: a negated negative keeps its parentheses.
            const QString operand = child(0, UnaryMinus);
            return operand.startsWith(u'-') ? QStringLiteral("-(") + operand + u')'
                                            : QStringLiteral("-") + operand;
        }
    case K::Binary: {
        const int p = precedenceOf(e);
        // A comparison's operands are arithmetic (the grammar reads `a < b = c` as an error), so
        // a comparison compared again keeps its parentheses on either side.
        if (p == Predicate)
            return child(0, Additive) + u' ' + e.op.toString() + u' ' + child(1, Additive);
        return child(0, p) + u' ' + e.op.toString() + u' ' + child(1, p + 1);
    }
    case K::InList:
        return child(0, Additive) + u' ' + neg + QStringLiteral("IN (")
            + joinChildren(e, 1, Additive) + u')';
    case K::InSelect:
        return child(0, Additive) + u' ' + neg + QStringLiteral("IN (")
            + statementInline(*e.subquery) + u')';
    case K::IsNull:
        return child(0, Additive)
            + (e.negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
    case K::Like:
        return child(0, Additive) + u' ' + neg + QStringLiteral("LIKE ") + child(1, Additive);
    case K::Between:
        return child(0, Additive) + u' ' + neg + QStringLiteral("BETWEEN ") + child(1, Additive)
            + QStringLiteral(" AND ") + child(2, Additive);
    case K::Array:
        return u'[' + joinChildren(e, 0, Additive) + u']';
    case K::Interval:
        return QStringLiteral("INTERVAL ") + child(0, UnaryMinus) + u' '
            + e.name.toString().toUpper();
    case K::Timestamp:
        return QStringLiteral("TIMESTAMP ") + QueryFormatter::quoteString(e.value);
    case K::Star:
        return QStringLiteral("*");
    case K::Error:
        return QStringLiteral("?");
    }
    return {};
}

QString text(const Expr &e, int minimum)
{
    const QString out = bare(e);
    return precedenceOf(e) < minimum ? u'(' + out + u')' : out;
}

QString tableText(const TableRef &t)
{
    QString out = QueryFormatter::quoteIdentifier(t.table);
    if (!t.alias.isEmpty())
        out += QStringLiteral(" AS ") + QueryFormatter::quoteIdentifier(t.alias);
    return out;
}

QString selectListText(const SelectStatement &s)
{
    QStringList items;
    for (const SelectItem &item : s.items) {
        QString one = text(*item.expr, Or);
        if (!item.alias.isEmpty())
            one += QStringLiteral(" AS ") + QueryFormatter::quoteIdentifier(item.alias);
        items << one;
    }
    return items.join(QStringLiteral(", "));
}

QString statementInline(const SelectStatement &s)
{
    QString out = QStringLiteral("SELECT ") + selectListText(s) + QStringLiteral(" FROM ")
        + tableText(s.from);
    for (const Join &j : s.joins)
        out += QStringLiteral(" JOIN ") + tableText(j.table) + QStringLiteral(" ON ")
            + text(*j.on, Or);
    if (s.where)
        out += QStringLiteral(" WHERE ") + text(*s.where, Or);
    return out;
}

/// Writes the multi-line canonical form, placing each comment before the line that follows it.
class Layout
{
public:
    explicit Layout(QList<Comment> comments)
        : m_comments(std::move(comments))
    {
        std::sort(m_comments.begin(), m_comments.end(), [](const Comment &a, const Comment &b) {
            return a.range.offset < b.range.offset;
        });
    }

    void statement(const SelectStatement &s, int indent)
    {
        commentsBefore(s.range.offset, indent);
        line(indent, QStringLiteral("SELECT ") + selectListText(s));
        commentsBefore(s.from.range.offset, indent);
        line(indent, QStringLiteral("FROM ") + tableText(s.from));
        for (const Join &j : s.joins) {
            commentsBefore(j.table.range.offset, indent);
            line(indent,
                 QStringLiteral("JOIN ") + tableText(j.table) + QStringLiteral(" ON ")
                     + text(*j.on, Or));
        }
        if (s.where)
            condition(*s.where, indent, QStringLiteral("WHERE "));
        if (!s.groupBy.isEmpty()) {
            QStringList keys;
            for (const ExprPtr &g : s.groupBy)
                keys << text(*g, Additive);
            line(indent, QStringLiteral("GROUP BY ") + keys.join(QStringLiteral(", ")));
        }
        if (s.having)
            condition(*s.having, indent, QStringLiteral("HAVING "));
    }

    void condition(const Expr &e, int indent, const QString &prefix = {})
    {
        QList<const Expr *> operands;
        const bool chain = isLogical(e);
        if (chain)
            flatten(e, e.op, operands);
        else
            operands << &e;
        for (qsizetype i = 0; i < operands.size(); ++i) {
            commentsBefore(operands[i]->range.offset, i == 0 ? indent : indent + 2);
            if (i == 0)
                item(*operands[i], indent, prefix);
            else
                item(*operands[i], indent + 2, e.op.toString() + u' ');
        }
    }

    QString finish()
    {
        commentsBefore(std::numeric_limits<int>::max(), 0);
        return m_lines.join(u'\n');
    }

private:
    static bool isLogical(const Expr &e)
    {
        return e.kind == Expr::Kind::Binary && (e.op == u"AND" || e.op == u"OR");
    }

    // Only the left side continues a chain: a right operand with the same operator was
    // written in parentheses and stays a group.
    static void flatten(const Expr &e, QStringView op, QList<const Expr *> &out)
    {
        if (isLogical(e) && e.op == op) {
            flatten(*e.children[0], op, out);
            out << e.children[1];
            return;
        }
        out << &e;
    }

    void item(const Expr &e, int indent, const QString &prefix)
    {
        if (isLogical(e)) {
            line(indent, prefix + u'(');
            condition(e, indent + 4);
            line(indent, QStringLiteral(")"));
        } else if (e.kind == Expr::Kind::InSelect) {
            line(indent,
                 prefix + text(*e.children[0], Additive)
                     + (e.negated ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN (")));
            statement(*e.subquery, indent + 4);
            line(indent, QStringLiteral(")"));
        } else {
            line(indent, prefix + text(e, Not));
        }
    }

    void commentsBefore(int offset, int indent)
    {
        while (m_next < m_comments.size() && m_comments[m_next].range.offset < offset)
            line(indent, m_comments[m_next++].text.trimmed());
    }

    void line(int indent, const QString &content) { m_lines << QString(indent, u' ') + content; }

    QList<Comment> m_comments;
    qsizetype m_next = 0;
    QStringList m_lines;
};

} // namespace

namespace QueryFormatter {

QString quoteString(QStringView value)
{
    QString escaped = value.toString();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QString quoteIdentifier(QStringView name)
{
    auto isPlain = [](QChar c, bool first) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'
            || (!first && c >= u'0' && c <= u'9');
    };
    bool plain = !name.isEmpty();
    for (qsizetype i = 0; plain && i < name.size(); ++i)
        plain = isPlain(name[i], i == 0);
    if (plain && !SqlKeywords::needsQuotes(name))
        return name.toString();
    QString inner = name.toString();
    inner.remove(u'`');
    return u'`' + inner + u'`';
}

QString expressionText(const Expr &expr)
{
    return text(expr, Or);
}

QString format(const ParsedQuery &query, QStringView original)
{
    if (query.hasErrors())
        return original.toString();
    Layout layout(query.comments);
    if (query.form == ParsedQuery::Form::Statement)
        layout.statement(*query.statement, 0);
    else
        layout.condition(*query.expression, 0);
    return layout.finish();
}

QString format(QStringView text)
{
    return format(QueryParser::parse(text), text);
}

} // namespace QueryFormatter
