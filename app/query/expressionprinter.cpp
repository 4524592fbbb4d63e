// SPDX-License-Identifier: MIT
#include "expressionprinter.h"

#include "formatter.h"

#include <QStringList>

namespace ExpressionPrinter {

namespace {

QString bare(const Expr &e, Quotes quotes);

QString joinChildren(const Expr &e, qsizetype from, int minimum, Quotes quotes,
                     const QString &separator = QStringLiteral(", "))
{
    QStringList parts;
    parts.reserve(e.children.size() - from);
    for (qsizetype i = from; i < e.children.size(); ++i)
        parts << text(*e.children[i], minimum, quotes);
    return parts.join(separator);
}

} // namespace

int precedenceOf(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Logical:
        return e.op == u"OR" ? Or : And;
    case Expr::Kind::Binary:
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

QString text(const Expr &e, int minimum, Quotes quotes)
{
    const QString out = bare(e, quotes);
    return precedenceOf(e) < minimum ? u'(' + out + u')' : out;
}

QString tableText(const TableRef &t)
{
    QString out = QueryFormatter::quoteIdentifier(t.table);
    if (!t.alias.isEmpty())
        out += QStringLiteral(" AS ") + QueryFormatter::quoteIdentifier(t.alias);
    return out;
}

QString selectListText(const SelectStatement &s, Quotes quotes)
{
    QStringList items;
    for (const SelectItem &item : s.items) {
        QString one = text(*item.expr, Or, quotes);
        if (!item.alias.isEmpty())
            one += QStringLiteral(" AS ") + QueryFormatter::quoteIdentifier(item.alias);
        items << one;
    }
    return items.join(QStringLiteral(", "));
}

QString statementInline(const SelectStatement &s, Quotes quotes)
{
    QString out = QStringLiteral("SELECT ") + selectListText(s, quotes) + QStringLiteral(" FROM ")
        + tableText(s.from);
    for (const Join &j : s.joins)
        out += QStringLiteral(" JOIN ") + tableText(j.table) + QStringLiteral(" ON ")
            + text(*j.on, Or, quotes);
    if (s.where)
        out += QStringLiteral(" WHERE ") + text(*s.where, Or, quotes);
    return out;
}

namespace {

QString literalText(const Expr &e, Quotes quotes)
{
    switch (e.literalType) {
    case Expr::LiteralType::String:
        return QueryFormatter::quoteString(e.value, quotes);
    case Expr::LiteralType::Number:
        return e.value.toString();
    case Expr::LiteralType::Boolean:
        return e.value.toString().toUpper();
    case Expr::LiteralType::Null:
        return QStringLiteral("NULL");
    }
    return {};
}

// A column, qualified or not, and a JSON path into it (`data:address.city`).
QString referenceText(const Expr &e)
{
    QString out
        = e.qualifier.isEmpty() ? QString() : QueryFormatter::quoteIdentifier(e.qualifier) + u'.';
    out += QueryFormatter::quoteIdentifier(e.name);
    if (e.kind == Expr::Kind::Path) {
        QStringList parts;
        for (QStringView p : e.path)
            parts << QueryFormatter::quoteIdentifier(p);
        out += u':' + parts.join(u'.');
    }
    return out;
}

QString unaryText(const Expr &e, Quotes quotes)
{
    if (e.op == u"NOT")
        return QStringLiteral("NOT ") + text(*e.children[0], Not, quotes);
    // "--" would start a comment: a negated negative keeps its parentheses.
    const QString operand = text(*e.children[0], UnaryMinus, quotes);
    return operand.startsWith(u'-') ? QStringLiteral("-(") + operand + u')'
                                    : QStringLiteral("-") + operand;
}

QString binaryText(const Expr &e, Quotes quotes)
{
    const int p = precedenceOf(e);
    const QString op = u' ' + e.op.toString() + u' ';
    // A comparison's operands are arithmetic (the grammar reads `a < b = c` as an error), so
    // a comparison compared again keeps its parentheses on either side.
    if (p == Predicate)
        return text(*e.children[0], Additive, quotes) + op + text(*e.children[1], Additive, quotes);
    return text(*e.children[0], p, quotes) + op + text(*e.children[1], p + 1, quotes);
}

// `x [NOT] IN (…)`, `x IS [NOT] NULL`, `x [NOT] LIKE p`, `x [NOT] BETWEEN a AND b`.
QString predicateText(const Expr &e, Quotes quotes)
{
    using K = Expr::Kind;
    const QString neg = e.negated ? QStringLiteral("NOT ") : QString();
    switch (e.kind) {
    case K::InList:
        return text(*e.children[0], Additive, quotes) + u' ' + neg + QStringLiteral("IN (")
            + joinChildren(e, 1, Additive, quotes) + u')';
    case K::InSelect:
        return text(*e.children[0], Additive, quotes) + u' ' + neg + QStringLiteral("IN (")
            + statementInline(*e.subquery, quotes) + u')';
    case K::IsNull:
        return text(*e.children[0], Additive, quotes)
            + (e.negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
    case K::Like:
        return text(*e.children[0], Additive, quotes) + u' ' + neg + QStringLiteral("LIKE ")
            + text(*e.children[1], Additive, quotes);
    case K::Between:
        return text(*e.children[0], Additive, quotes) + u' ' + neg + QStringLiteral("BETWEEN ")
            + text(*e.children[1], Additive, quotes) + QStringLiteral(" AND ")
            + text(*e.children[2], Additive, quotes);
    default:
        return {};
    }
}

QString bare(const Expr &e, Quotes quotes)
{
    using K = Expr::Kind;
    auto child = [&e, quotes](int i, int minimum) { return text(*e.children[i], minimum, quotes); };
    switch (e.kind) {
    case K::Literal:
        return literalText(e, quotes);
    case K::Column:
    case K::Path:
        return referenceText(e);
    case K::Function:
        return e.name.toString() + u'(' + joinChildren(e, 0, Or, quotes) + u')';
    case K::Unary:
        return unaryText(e, quotes);
    case K::Logical:
        // An operand that is itself a chain of the same operator was written in parentheses.
        return joinChildren(e, 0, precedenceOf(e) + 1, quotes, u' ' + e.op.toString() + u' ');
    case K::Binary:
        return binaryText(e, quotes);
    case K::InList:
    case K::InSelect:
    case K::IsNull:
    case K::Like:
    case K::Between:
        return predicateText(e, quotes);
    case K::Array:
        return u'[' + joinChildren(e, 0, Additive, quotes) + u']';
    case K::Interval:
        return QStringLiteral("INTERVAL ") + child(0, UnaryMinus) + u' '
            + e.name.toString().toUpper();
    case K::Timestamp:
        return QStringLiteral("TIMESTAMP ") + QueryFormatter::quoteString(e.value, quotes);
    case K::Star:
        return QStringLiteral("*");
    case K::Error:
        return QStringLiteral("?");
    }
    return {};
}

} // namespace

} // namespace ExpressionPrinter
