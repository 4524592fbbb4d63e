// SPDX-License-Identifier: MIT
// Property test: seeded random trees → printed by the formatter (on one line, and laid out as a
// statement) → parsed → the same tree.
// Trees are built directly, so the printer meets shapes that no typed query suggests (a
// comparison compared again, a negated negative, names that need backticks, strings full of
// quotes and backslashes).
#include "query/astarena.h"
#include "query/formatter.h"
#include "query/parser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

/// Builds random expression trees in an arena; every node is one the parser can produce.
class RandomAst
{
public:
    RandomAst(quint32 seed, AstArena &arena)
        : m_rng(seed)
        , m_arena(arena)
    { }

    Expr *condition(int depth)
    {
        switch (depth > 4 ? 3 + pick(6) : pick(9)) {
        case 0: { // a chain of two to four operands; one of the same operator keeps parentheses
            Expr *chain = node(Expr::Kind::Logical, {condition(depth + 1), condition(depth + 1)});
            chain->op = flip() ? u"AND" : u"OR";
            for (int i = 0, n = pick(3); i < n; ++i)
                chain->children.append(condition(depth + 1));
            return chain;
        }
        case 1:
            return unary(u"NOT", condition(depth + 1));
        case 2: // a comparison of comparisons, as `(a < b) = TRUE` reads
            return binary(comparison(), condition(depth + 2), condition(depth + 2));
        case 3:
            return binary(comparison(), operand(depth + 1), operand(depth + 1));
        case 4:
            return node(Expr::Kind::Like, {column(), string()});
        case 5:
            return node(Expr::Kind::IsNull, {operand(depth + 1)});
        case 6: {
            Expr *in = node(Expr::Kind::InList, {operand(depth + 1)});
            for (int i = 0, n = 1 + pick(3); i < n; ++i)
                in->children.append(operand(depth + 1));
            return in;
        }
        case 7:
            return node(Expr::Kind::Between,
                        {operand(depth + 1), operand(depth + 1), operand(depth + 1)});
        default:
            return function(u"array_contains", {column(), array()});
        }
    }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool flip() { return pick(2) == 0; }

    Expr *node(Expr::Kind kind, std::initializer_list<Expr *> children)
    {
        Expr *e = m_arena.expr(kind, {});
        e->negated = (kind == Expr::Kind::Like || kind == Expr::Kind::IsNull
                      || kind == Expr::Kind::InList || kind == Expr::Kind::Between)
            && flip();
        for (Expr *child : children)
            e->children.append(child);
        return e;
    }
    Expr *binary(QStringView op, Expr *left, Expr *right)
    {
        Expr *e = node(Expr::Kind::Binary, {left, right});
        e->op = op;
        return e;
    }
    Expr *unary(QStringView op, Expr *operand)
    {
        Expr *e = node(Expr::Kind::Unary, {operand});
        e->op = op;
        return e;
    }
    Expr *function(QStringView name, std::initializer_list<Expr *> arguments)
    {
        Expr *e = node(Expr::Kind::Function, arguments);
        e->name = name;
        return e;
    }
    QStringView comparison()
    {
        static const QStringView ops[] = {u"=", u"!=", u"<", u"<=", u">", u">="};
        return ops[pick(6)];
    }

    Expr *operand(int depth)
    {
        switch (depth > 5 ? pick(4) : pick(10)) {
        case 0:
            return column();
        case 1:
            return string();
        case 2:
            return number();
        case 3:
            return keywordLiteral();
        case 4: {
            static const QStringView ops[] = {u"+", u"-", u"*", u"/", u"%"};
            return binary(ops[pick(5)], operand(depth + 1), operand(depth + 1));
        }
        case 5:
            return unary(u"-", operand(depth + 1));
        case 6:
            return function(flip() ? u"lower" : u"length", {operand(depth + 1)});
        case 7: {
            Expr *e = node(Expr::Kind::Interval, {number()});
            static const QStringView units[] = {u"day", u"hour", u"week", u"year"};
            e->name = units[pick(4)];
            return e;
        }
        case 8: {
            Expr *e = m_arena.expr(Expr::Kind::Timestamp, {});
            e->value = u"2026-11-26T09:00:00Z";
            return e;
        }
        default: {
            Expr *e = m_arena.expr(Expr::Kind::Path, {});
            e->qualifier = u"e";
            e->name = u"data";
            e->path = {u"payload", name()};
            return e;
        }
        }
    }

    Expr *column()
    {
        Expr *e = m_arena.expr(Expr::Kind::Column, {});
        e->qualifier = flip() ? QStringView(u"c") : QStringView();
        e->name = name();
        return e;
    }
    /// Plain, capitalised, reserved, digit-first, spaced and non-ASCII names.
    QStringView name()
    {
        static const QStringView names[]
            = {u"email", u"First_Name", u"select", u"from",   u"interval",
               u"2fa",   u"my field",   u"prénom", u"_score", u"x1"};
        return names[pick(10)];
    }
    Expr *string()
    {
        static const QChar alphabet[]
            = {u'a', u'Z', u' ', u'\'', u'"', u'\\', u'%', u'_', u'é', u'\n', u'-', u'*', u'/'};
        QString text;
        for (int i = 0, n = pick(8); i < n; ++i)
            text += alphabet[pick(int(std::size(alphabet)))];
        Expr *e = literal(Expr::LiteralType::String);
        e->value = m_arena.keep(text);
        return e;
    }
    Expr *number()
    {
        Expr *e = literal(Expr::LiteralType::Number);
        e->value = m_arena.keep(flip() ? QString::number(pick(1000))
                                       : QStringLiteral("%1.%2").arg(pick(100)).arg(1 + pick(9)));
        return e;
    }
    Expr *keywordLiteral()
    {
        switch (pick(3)) {
        case 0:
            return literal(Expr::LiteralType::Null);
        case 1: {
            Expr *e = literal(Expr::LiteralType::Boolean);
            e->value = u"true";
            return e;
        }
        default: {
            Expr *e = literal(Expr::LiteralType::Boolean);
            e->value = u"false";
            return e;
        }
        }
    }
    Expr *literal(Expr::LiteralType type)
    {
        Expr *e = m_arena.expr(Expr::Kind::Literal, {});
        e->literalType = type;
        return e;
    }
    Expr *array()
    {
        Expr *e = node(Expr::Kind::Array, {string()});
        for (int i = 0, n = pick(3); i < n; ++i)
            e->children.append(string());
        return e;
    }

    QRandomGenerator m_rng;
    AstArena &m_arena;
};

} // namespace

class tst_AstRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedTreesParseBackEqual();
};

void tst_AstRoundTrip::printedTreesParseBackEqual()
{
    constexpr int Cases = 20000;
    for (quint32 seed = 1; seed <= Cases; ++seed) {
        AstArena arena {QStringView()};
        const Expr *tree = RandomAst(seed, arena).condition(0);
        const QString printed = QueryFormatter::expressionText(*tree);
        const ParsedQuery parsed = QueryParser::parseExpression(printed);
        QVERIFY2(!parsed.hasErrors(),
                 qPrintable(QStringLiteral("seed %1: %2\n%3")
                                .arg(seed)
                                .arg(parsed.diagnostics.value(0).toString(), printed)));
        QVERIFY2(structurallyEqual(tree, parsed.expression),
                 qPrintable(QStringLiteral("seed %1: %2\nprints as\n%3")
                                .arg(seed)
                                .arg(printed, QueryFormatter::expressionText(*parsed.expression))));
        // The multi-line layout too: one condition per line, groups indented.
        const QString statement
            = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ") + printed;
        const QString formatted = QueryFormatter::format(statement);
        const ParsedQuery reparsed = QueryParser::parseStatement(formatted);
        QVERIFY2(formatted != statement && !reparsed.hasErrors()
                     && structurallyEqual(tree, reparsed.statement->where),
                 qPrintable(QStringLiteral("seed %1:\n%2").arg(seed).arg(formatted)));
    }
}

QTEST_GUILESS_MAIN(tst_AstRoundTrip)
#include "tst_astroundtrip.moc"
