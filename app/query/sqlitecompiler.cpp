// SPDX-License-Identifier: MIT
#include "sqlitecompiler.h"

#include "fieldcatalogue.h"
#include "lexer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace {

QString quoted(QStringView identifier)
{
    QString inner = identifier.toString();
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

QString intervalModifier(QStringView unit, double amount)
{
    if (unit == u"week")
        return QStringLiteral("%1 days").arg(amount * 7);
    return QStringLiteral("%1 %2s").arg(amount).arg(unit);
}

QString jsonPath(const QList<QStringView> &parts)
{
    QString path = QStringLiteral("$");
    for (QStringView part : parts)
        path += u'.' + part.toString();
    return path;
}

class Compiler
{
public:
    explicit Compiler(const QDateTime &now)
        : m_now(now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))
    { }

    CompiledSql run(const SelectStatement &s)
    {
        CompiledSql out;
        // Every path that binds a number (a literal, an IN list, an OR chain's JSON array)
        // would turn one out of range into 0: refuse the query before any of them.
        forEachNode(s, [this](const Expr &e) {
            if (e.kind == Expr::Kind::Literal && e.literalType == Expr::LiteralType::Number
                && !numberInRange(e.value))
                fail(QStringLiteral("The number %1 is out of range").arg(e.value.left(40)));
        });
        if (!m_error.isEmpty()) {
            out.error = m_error;
            return out;
        }
        out.sql = statement(s);
        out.bindings = m_bindings;
        out.error = m_error;
        return out;
    }

private:
    QString fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return QStringLiteral("NULL");
    }

    QString bind(const QVariant &value)
    {
        m_bindings.append(value);
        return QStringLiteral("?");
    }

    /// `asSet`: the rows only feed an IN test, where repeats change nothing.
    QString statement(const SelectStatement &s, bool asSet = false)
    {
        const QString key = quoted(s.from.referenceName()) + QStringLiteral(".\"contact_id\"");
        // contact_data has one row per contact: only event rows (joined, or selected from)
        // repeat one. Without them DISTINCT would only make SQLite sort every match. Under IN
        // it is never needed, and costs: SQLite then builds the whole set by scanning every
        // event (\"clicked, not unsubscribed\" for 50 contacts of 100,000: 150 ms, without: 8).
        const bool oneRowPerContact = asSet
            || (s.joins.isEmpty() && sameName(s.from.table, FieldCatalogue::contactTable()));
        QString sql
            = (oneRowPerContact ? QStringLiteral("SELECT ") : QStringLiteral("SELECT DISTINCT "))
            + key + QStringLiteral(" AS \"contact_id\"");
        const bool aggregate = s.items.size() == 3;
        if (aggregate)
            sql += QStringLiteral(", ") + expr(*s.items[2].expr) + QStringLiteral(" AS ")
                + quoted(s.items[2].alias);
        sql += QStringLiteral(" FROM ") + table(s.from);
        for (const Join &j : s.joins)
            sql += QStringLiteral(" JOIN ") + table(j.table) + QStringLiteral(" ON ") + expr(*j.on);
        if (s.where)
            sql += QStringLiteral(" WHERE ") + expr(*s.where);
        if (!s.groupBy.isEmpty()) {
            QStringList keys;
            for (const ExprPtr &g : s.groupBy)
                keys << expr(*g);
            sql += QStringLiteral(" GROUP BY ") + keys.join(QStringLiteral(", "));
        }
        if (s.having)
            sql += QStringLiteral(" HAVING ") + expr(*s.having);
        return aggregate ? QStringLiteral("SELECT \"contact_id\" FROM (") + sql + u')' : sql;
    }

    QString table(const TableRef &t)
    {
        return quoted(t.table.toString().toLower()) + QStringLiteral(" AS ")
            + quoted(t.referenceName());
    }

    QString column(const Expr &e)
    {
        if (e.qualifier.isEmpty() && sameName(e.name, u"current_timestamp"))
            return bind(m_now);
        const QString name = quoted(e.name.toString().toLower());
        return e.qualifier.isEmpty() ? name : quoted(e.qualifier) + u'.' + name;
    }

    QString literal(const Expr &e)
    {
        switch (e.literalType) {
        case Expr::LiteralType::String:
            return bind(SqliteCompiler::normalizedTime(e.value));
        case Expr::LiteralType::Number:
            return bind(e.value.contains(u'.') ? QVariant(e.value.toDouble())
                                               : QVariant(e.value.toLongLong()));
        case Expr::LiteralType::Boolean:
            return e.value == u"true" ? QStringLiteral("1") : QStringLiteral("0");
        case Expr::LiteralType::Null:
            break;
        }
        return QStringLiteral("NULL");
    }

    std::optional<double> number(const Expr &e)
    {
        if (e.kind == Expr::Kind::Literal && e.literalType == Expr::LiteralType::Number)
            return e.value.toDouble();
        if (e.kind == Expr::Kind::Unary && e.op == u"-")
            if (auto inner = number(*e.children[0]))
                return -*inner;
        return std::nullopt;
    }

    QString shifted(const QString &time, const Expr &interval, bool subtract)
    {
        const auto amount = number(*interval.children.value(0));
        if (!amount || interval.name.isEmpty())
            return fail(QStringLiteral("An interval needs a plain number, e.g. INTERVAL 30 DAY"));
        const QString modifier = intervalModifier(interval.name, subtract ? -*amount : *amount);
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', ") + time + QStringLiteral(", ")
            + bind(modifier) + u')';
    }

    QString binary(const Expr &e)
    {
        const Expr &left = *e.children[0];
        const Expr &right = *e.children[1];
        if ((e.op == u"+" || e.op == u"-") && right.kind == Expr::Kind::Interval)
            return shifted(expr(left), right, e.op == u"-");
        if (e.op == u"+" && left.kind == Expr::Kind::Interval)
            return shifted(expr(right), left, false);
        // Bindings follow the text: compile left before right (operand order is unspecified).
        const QString l = expr(left);
        const QString r = expr(right);
        return u'(' + l + u' ' + e.op.toString() + u' ' + r + u')';
    }

    /// `subject = literal` (either way round): the subject, or nullptr.
    static const Expr *equalitySubject(const Expr &e, const Expr **value)
    {
        if (e.kind != Expr::Kind::Binary || e.op != u"=")
            return nullptr;
        for (int side : {0, 1}) {
            const Expr &subject = *e.children[side];
            const Expr &v = *e.children[1 - side];
            if (subject.kind != Expr::Kind::Literal && v.kind == Expr::Kind::Literal
                && (v.literalType == Expr::LiteralType::String
                    || v.literalType == Expr::LiteralType::Number)) {
                *value = &v;
                return &subject;
            }
        }
        return nullptr;
    }

    /// The subject's SQL when one copy of it can stand for all its equalities: it binds no
    /// parameter of its own (a column, lower(city); not NOW() or concat(city, 'x')).
    std::optional<QString> sharedSubject(const Expr &subject)
    {
        const qsizetype bound = m_bindings.size();
        const QString error = m_error;
        QString sql = expr(subject);
        if (m_bindings.size() == bound && m_error == error)
            return sql;
        m_bindings.resize(bound);
        m_error = error;
        return std::nullopt;
    }

    /// The literals as one JSON array, bound once: one parameter instead of thousands.
    static QString jsonValues(const QList<const Expr *> &values)
    {
        QJsonArray array;
        for (const Expr *v : values) {
            if (v->literalType == Expr::LiteralType::String)
                array.append(SqliteCompiler::normalizedTime(v->value));
            else if (v->value.contains(u'.'))
                array.append(v->value.toDouble());
            else
                array.append(v->value.toLongLong());
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    // `a = 1 OR a = 2 OR …` becomes `a IN (1, 2, …)`, for a column as for any expression that
    // binds nothing (`lower(city) = 'x' OR …`): the same truth in SQL's three-valued logic.
    // SQLite plans separate terms in quadratic time and tests each row against every one of
    // them (10,000 `lower(city)` terms over 10,000 contacts: 17 s); an IN list is one lookup.
    QString logical(const Expr &e)
    {
        QList<const Expr *> others;
        QList<std::pair<QString, QList<const Expr *>>> lists; // subject's SQL, its values
        QHash<QString, qsizetype> listOf;
        for (const ExprPtr &child : e.children) {
            const Expr *value = nullptr;
            const Expr *subject = e.op == u"OR" ? equalitySubject(*child, &value) : nullptr;
            const std::optional<QString> sql = subject ? sharedSubject(*subject) : std::nullopt;
            if (!sql) {
                others << child;
            } else if (const auto known = listOf.constFind(*sql); known != listOf.cend()) {
                lists[*known].second << value;
            } else {
                listOf.insert(*sql, lists.size());
                lists.append({*sql, {value}});
            }
        }
        QStringList parts;
        for (const auto &[subject, values] : lists)
            parts << u'(' + subject + QStringLiteral(" IN (SELECT value FROM json_each(")
                    + bind(jsonValues(values)) + QStringLiteral(")))");
        for (const Expr *other : others)
            parts << expr(*other);
        return balanced(parts, 0, parts.size(), u' ' + e.op.toString() + u' ');
    }

    // SQLite nests `a OR b OR c …` one level per term and refuses a tree deeper than 1000
    // (SQLITE_MAX_EXPR_DEPTH): halves nested in halves keep 100,000 terms 17 levels deep.
    static QString balanced(const QStringList &parts, qsizetype from, qsizetype to,
                            const QString &op)
    {
        if (to - from == 1)
            return parts[from];
        const qsizetype middle = from + (to - from) / 2;
        return u'(' + balanced(parts, from, middle, op) + op + balanced(parts, middle, to, op)
            + u')';
    }

    QString arrayContains(const Expr &e)
    {
        if (e.children.size() != 2)
            return fail(QStringLiteral("array_contains takes a list column and a value"));
        const Expr &values = *e.children[1];
        const QString array = expr(*e.children[0]);
        QString test;
        if (values.kind == Expr::Kind::Array) {
            QStringList items;
            for (const ExprPtr &v : values.children)
                items << expr(*v);
            test = QStringLiteral("value IN (") + items.join(QStringLiteral(", ")) + u')';
        } else {
            test = QStringLiteral("value = ") + expr(values);
        }
        return QStringLiteral("EXISTS (SELECT 1 FROM json_each(") + array
            + QStringLiteral(") WHERE ") + test + u')';
    }

    QString function(const Expr &e)
    {
        if (e.name == u"array_contains" || e.name == u"contains")
            return arrayContains(e);
        if (e.name == u"now" || e.name == u"current_timestamp")
            return bind(m_now);
        if (e.name == u"timestampadd" && e.children.size() == 3
            && e.children[0]->kind == Expr::Kind::Column) {
            const QString unit = e.children[0]->name.toString().toLower();
            Expr interval;
            interval.kind = Expr::Kind::Interval;
            interval.name = unit;
            interval.children = {e.children[1]};
            return shifted(expr(*e.children[2]), interval, false);
        }
        QStringList args;
        for (const ExprPtr &a : e.children)
            args << expr(*a);
        if (e.name == u"lower" || e.name == u"upper" || e.name == u"length" || e.name == u"max")
            return e.name.toString() + u'(' + args.join(QStringLiteral(", ")) + u')';
        if (e.name == u"concat")
            return u'(' + args.join(QStringLiteral(" || ")) + u')';
        return fail(QStringLiteral("The sandbox cannot evaluate %1()").arg(e.name));
    }

    QString like(const Expr &e)
    {
        const Expr &pattern = *e.children[1];
        if (pattern.kind != Expr::Kind::Literal || pattern.literalType != Expr::LiteralType::String)
            return fail(QStringLiteral("LIKE needs a quoted pattern such as '%gmail.com'"));
        const QString subject = expr(*e.children[0]);
        return u'(' + subject
            + (e.negated ? QStringLiteral(" NOT LIKE ") : QStringLiteral(" LIKE "))
            + bind(SqliteCompiler::likePattern(pattern.value)) + QStringLiteral(" ESCAPE '\\')");
    }

    QString expr(const Expr &e)
    {
        using K = Expr::Kind;
        const QString no = e.negated ? QStringLiteral(" NOT") : QString();
        switch (e.kind) {
        case K::Literal:
            return literal(e);
        case K::Column:
            return column(e);
        case K::Path:
            return QStringLiteral("json_extract(")
                + (e.qualifier.isEmpty() ? QString() : quoted(e.qualifier) + u'.')
                + quoted(e.name.toString().toLower()) + QStringLiteral(", ")
                + bind(jsonPath(e.path)) + u')';
        case K::Function:
            return function(e);
        case K::Unary:
            return e.op == u"NOT" ? QStringLiteral("(NOT ") + expr(*e.children[0]) + u')'
                                  : QStringLiteral("(-") + expr(*e.children[0]) + u')';
        case K::Binary:
            return binary(e);
        case K::Logical:
            return logical(e);
        case K::InList: {
            const QString subject = expr(*e.children[0]);
            QStringList items;
            for (qsizetype i = 1; i < e.children.size(); ++i)
                items << expr(*e.children[i]);
            return u'(' + subject + no + QStringLiteral(" IN (") + items.join(QStringLiteral(", "))
                + QStringLiteral("))");
        }
        case K::InSelect: {
            const QString subject = expr(*e.children[0]);
            return u'(' + subject + no + QStringLiteral(" IN (") + statement(*e.subquery, true)
                + QStringLiteral("))");
        }
        case K::IsNull:
            return u'(' + expr(*e.children[0])
                + (e.negated ? QStringLiteral(" IS NOT NULL)") : QStringLiteral(" IS NULL)"));
        case K::Like:
            return like(e);
        case K::Between: {
            const QString subject = expr(*e.children[0]);
            const QString low = expr(*e.children[1]);
            const QString high = expr(*e.children[2]);
            return u'(' + subject + no + QStringLiteral(" BETWEEN ") + low + QStringLiteral(" AND ")
                + high + u')';
        }
        case K::Timestamp:
            return bind(SqliteCompiler::normalizedTime(e.value));
        case K::Star:
            return QStringLiteral("*");
        case K::Interval:
            return fail(QStringLiteral("An interval must be added to or subtracted from a time"));
        case K::Array:
            return fail(QStringLiteral("A [list] only works inside array_contains"));
        case K::Error:
            return fail(QStringLiteral("The query has errors"));
        }
        return fail(QStringLiteral("Unsupported expression"));
    }

    QString m_now;
    QVariantList m_bindings;
    QString m_error;
};

} // namespace

namespace SqliteCompiler {

CompiledSql compile(const SelectStatement &statement, const QDateTime &now)
{
    return Compiler(now).run(statement);
}

QString likePattern(QStringView sendGridPattern)
{
    QString out;
    for (qsizetype i = 0; i < sendGridPattern.size(); ++i) {
        const QChar c = sendGridPattern[i];
        if (c == u'%' && i + 1 < sendGridPattern.size() && sendGridPattern[i + 1] == u'%') {
            out += QStringLiteral("\\%");
            ++i;
        } else if (c == u'_' || c == u'\\') {
            out += u'\\' + QString(c);
        } else {
            out += c;
        }
    }
    return out;
}

QString normalizedTime(QStringView text)
{
    if (text.size() < 19 || text[10] != u'T')
        return text.toString();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return text.toString();
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace SqliteCompiler
