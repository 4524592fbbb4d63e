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

QString bare(const Expr &e, Quotes quotes)
{
    using K = Expr::Kind;
    const QString neg = e.negated ? QStringLiteral("NOT ") : QString();
    auto child = [&e, quotes](int i, int minimum) { return text(*e.children[i], minimum, quotes); };
    switch (e.kind) {
    case K::Literal:
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
        return e.name.toString() + u'(' + joinChildren(e, 0, Or, quotes) + u')';
    case K::Unary:
        if (e.op == u"NOT")
            return QStringLiteral("NOT ") + child(0, Not);
        {
            // "--" would start a comment: a negated negative keeps its parentheses.
            const QString operand = child(0, UnaryMinus);
            return operand.startsWith(u'-') ? QStringLiteral("-(") + operand + u')'
                                            : QStringLiteral("-") + operand;
        }
    case K::Logical:
        // An operand that is itself a chain of the same operator was written in parentheses.
        return joinChildren(e, 0, precedenceOf(e) + 1, quotes, u' ' + e.op.toString() + u' ');
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
            + joinChildren(e, 1, Additive, quotes) + u')';
    case K::InSelect:
        return child(0, Additive) + u' ' + neg + QStringLiteral("IN (")
            + statementInline(*e.subquery, quotes) + u')';
    case K::IsNull:
        return child(0, Additive)
            + (e.negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
    case K::Like:
        return child(0, Additive) + u' ' + neg + QStringLiteral("LIKE ") + child(1, Additive);
    case K::Between:
        return child(0, Additive) + u' ' + neg + QStringLiteral("BETWEEN ") + child(1, Additive)
            + QStringLiteral(" AND ") + child(2, Additive);
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
