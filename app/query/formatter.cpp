// SPDX-License-Identifier: MIT
#include "formatter.h"

#include "expressionprinter.h"
#include "sqlkeywords.h"

#include <algorithm>
#include <limits>

namespace {

using namespace ExpressionPrinter;

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
        if (isLogical(e))
            operands = QList<const Expr *>(e.children.begin(), e.children.end());
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
    static bool isLogical(const Expr &e) { return e.kind == Expr::Kind::Logical; }

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

QString quoteString(QStringView value, Quotes quotes)
{
    QString escaped = value.toString();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'',
                    quotes == Quotes::Doubled ? QStringLiteral("''") : QStringLiteral("\\'"));
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

QString expressionText(const Expr &expr, Quotes quotes)
{
    return text(expr, Or, quotes);
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
