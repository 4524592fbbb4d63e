// SPDX-License-Identifier: MIT
// ParserEngine: expressions, by precedence from OR down to literals.
#include "parserengine.h"

#include "sqlkeywords.h"

ExprPtr ParserEngine::binary(QStringView op, ExprPtr left, ExprPtr right)
{
    auto e = node(Expr::Kind::Binary, SourceRange::cover(left->range, right->range));
    e->op = op;
    e->children = {left, right};
    return e;
}

ExprPtr ParserEngine::unaryNode(QStringView op, SourceRange opRange, ExprPtr operand)
{
    auto e = node(Expr::Kind::Unary, SourceRange::cover(opRange, operand->range));
    e->op = op;
    e->children = {operand};
    return e;
}

ExprPtr ParserEngine::expression()
{
    const RecursionGuard guard(*this);
    if (guard.tooDeep())
        return nestedTooDeeply();
    return orExpression();
}

// One node for the whole chain, built in a loop: 100,000 ORs cost no recursion and one level.
ExprPtr ParserEngine::logicalChain(QStringView keyword, ExprPtr (ParserEngine::*operand)())
{
    const ExprPtr first = (this->*operand)();
    synchronize(); // an operand that failed resumes here, at the next AND/OR
    if (!peek().isKeyword(keyword))
        return first;
    const ExprPtr chain = node(Expr::Kind::Logical, first->range);
    chain->op = keyword;
    chain->children.append(first);
    while (acceptKeyword(keyword)) {
        chain->children.append((this->*operand)());
        synchronize();
    }
    chain->range = SourceRange::cover(first->range, chain->children.last()->range);
    return chain;
}

ExprPtr ParserEngine::orExpression()
{
    return logicalChain(u"OR", &ParserEngine::andExpression);
}

ExprPtr ParserEngine::andExpression()
{
    return logicalChain(u"AND", &ParserEngine::notExpression);
}

ExprPtr ParserEngine::notExpression()
{
    return prefixed(u"NOT", &ParserEngine::predicate);
}

// `NOT NOT … x` and `- - … x` are read in a loop, not a call per operator; limitDepth()
// reports a run longer than the depth limit.
ExprPtr ParserEngine::prefixed(QStringView op, ExprPtr (ParserEngine::*operand)())
{
    auto isOp = [this, op] { return op == u"-" ? peek().isSymbol(op) : peek().isKeyword(op); };
    QVarLengthArray<SourceRange, 4> operators;
    while (isOp())
        operators.append(advance().range);
    ExprPtr e = (this->*operand)();
    for (qsizetype i = operators.size() - 1; i >= 0; --i)
        e = unaryNode(op, operators[i], e);
    return e;
}

ExprPtr ParserEngine::predicate()
{
    ExprPtr left = additive();
    static const QStringView comparisons[] = {u"=", u"!=", u"<>", u"<", u"<=", u">", u">="};
    for (QStringView op : comparisons) {
        if (acceptSymbol(op))
            return binary(op == u"<>" ? u"!=" : op, left, additive());
    }
    const bool negated = peek().isKeyword(u"NOT")
        && (peek(1).isKeyword(u"IN") || peek(1).isKeyword(u"LIKE")
            || peek(1).isKeyword(u"BETWEEN"));
    if (negated)
        advance();
    if (acceptKeyword(u"IN"))
        return inPredicate(left, negated);
    if (acceptKeyword(u"LIKE")) {
        ExprPtr pattern = additive();
        auto e = node(Expr::Kind::Like, SourceRange::cover(left->range, pattern->range));
        e->negated = negated;
        e->children = {left, pattern};
        return e;
    }
    if (acceptKeyword(u"BETWEEN"))
        return betweenPredicate(left, negated);
    if (acceptKeyword(u"IS"))
        return isNullPredicate(left);
    return left;
}

// After BETWEEN: `low AND high`.
ExprPtr ParserEngine::betweenPredicate(ExprPtr left, bool negated)
{
    ExprPtr low = additive();
    expectKeyword(u"AND",
                  QT_TRANSLATE_NOOP("Diagnostic", "BETWEEN needs AND: x BETWEEN low AND high"));
    ExprPtr high = additive();
    auto e = node(Expr::Kind::Between, SourceRange::cover(left->range, high->range));
    e->negated = negated;
    e->children = {left, low, high};
    return e;
}

// After IS: `[NOT] NULL`.
ExprPtr ParserEngine::isNullPredicate(ExprPtr left)
{
    auto e = node(Expr::Kind::IsNull, left->range);
    e->negated = acceptKeyword(u"NOT");
    e->children = {left};
    if (expectKeyword(
            u"NULL",
            DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "Expected NULL after IS, found %1"),
                            {describe(peek())}}))
        e->range = SourceRange::cover(left->range, peek(-1).range);
    return e;
}

ExprPtr ParserEngine::inPredicate(ExprPtr left, bool negated)
{
    const Token open = peek();
    expectSymbol(u"(",
                 QT_TRANSLATE_NOOP("Diagnostic", "IN needs a list in parentheses: IN ('a', 'b')"));
    ExprPtr e;
    if (peek().isKeyword(u"SELECT")) {
        e = node(Expr::Kind::InSelect, left->range);
        e->subquery = selectStatement();
        e->children = {left};
    } else {
        e = node(Expr::Kind::InList, left->range);
        e->children = {left};
        do {
            e->children.append(additive());
        } while (acceptSymbol(u","));
    }
    e->negated = negated;
    if (!acceptSymbol(u")"))
        report(
            peek().range,
            DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic",
                                              "Missing ) to close the list opened at %1; found %2"),
                            {position(open.range.offset), describe(peek())}});
    e->range = SourceRange::cover(left->range, peek(-1).range);
    return e;
}

ExprPtr ParserEngine::additive()
{
    ExprPtr left = multiplicative();
    while (peek().isSymbol(u"+") || peek().isSymbol(u"-")) {
        const QStringView op = advance().text;
        left = binary(op, left, multiplicative());
    }
    return left;
}

ExprPtr ParserEngine::multiplicative()
{
    ExprPtr left = unary();
    while (peek().isSymbol(u"*") || peek().isSymbol(u"/") || peek().isSymbol(u"%")) {
        const QStringView op = advance().text;
        left = binary(op, left, unary());
    }
    return left;
}

ExprPtr ParserEngine::unary()
{
    return prefixed(u"-", &ParserEngine::primary);
}

ExprPtr ParserEngine::primary()
{
    const RecursionGuard guard(*this); // lists, intervals and calls recurse through here
    if (guard.tooDeep())
        return nestedTooDeeply();
    const Token &t = peek();
    if (t.isSymbol(u"("))
        return parenthesized();
    if (t.isSymbol(u"["))
        return arrayLiteral();
    if (t.isSymbol(u"*")) {
        advance();
        return node(Expr::Kind::Star, t.range);
    }
    if (t.kind == Token::Kind::String || t.kind == Token::Kind::Number || t.isKeyword(u"NULL")
        || t.isKeyword(u"TRUE") || t.isKeyword(u"FALSE"))
        return literal();
    if (t.isKeyword(u"TIMESTAMP") && peek(1).kind == Token::Kind::String) {
        advance();
        auto e = node(Expr::Kind::Timestamp, SourceRange::cover(t.range, peek().range));
        e->value = advance().text;
        return e;
    }
    if (t.isKeyword(u"INTERVAL") && !peek(1).isSymbol(u"(") && !peek(1).isSymbol(u"."))
        return interval();
    if ((t.kind == Token::Kind::Identifier && !isReserved(t))
        || t.kind == Token::Kind::QuotedIdentifier)
        return columnOrFunction();
    ExprPtr error = errorNode(DiagnosticText {
        QT_TRANSLATE_NOOP("Diagnostic", "Expected a value or a column name, found %1"),
        {describe(t)}});
    if (!atBoundary())
        advance();
    return error;
}

// `( expression )`, its range covering both parentheses.
ExprPtr ParserEngine::parenthesized()
{
    const Token &t = peek();
    const SourceRange open = advance().range;
    ExprPtr inner = expression();
    if (!acceptSymbol(u")"))
        report(peek().range,
               DiagnosticText {
                   QT_TRANSLATE_NOOP("Diagnostic", "Missing ) to close the ( at %1; found %2"),
                   {position(t.range.offset), describe(peek())}});
    // The parentheses are part of the operand's text: every node built on it covers them,
    // so a piece of the query cut along a node's range keeps both, `(a + 1) * 2 > 10`
    // its first and `x = (1 + 2)` its last.
    inner->range = SourceRange::cover(open, SourceRange::cover(inner->range, peek(-1).range));
    return inner;
}

ExprPtr ParserEngine::literal()
{
    const Token &t = advance();
    auto e = node(Expr::Kind::Literal, t.range);
    if (t.kind == Token::Kind::String) {
        e->literalType = Expr::LiteralType::String;
        e->value = t.text;
    } else if (t.kind == Token::Kind::Number) {
        e->literalType = Expr::LiteralType::Number;
        e->value = t.text;
    } else if (t.isKeyword(u"NULL")) {
        e->literalType = Expr::LiteralType::Null;
    } else {
        e->literalType = Expr::LiteralType::Boolean;
        e->value = t.isKeyword(u"TRUE") ? u"true" : u"false";
    }
    return e;
}

ExprPtr ParserEngine::interval()
{
    const Token start = advance();
    auto e = node(Expr::Kind::Interval, start.range);
    e->children = {unary()};
    const Token &unit = peek();
    const QStringView name = unit.kind == Token::Kind::Identifier
        ? SqlKeywords::intervalUnit(unit.text)
        : QStringView();
    if (name.isEmpty()) {
        report(unit.range,
               DiagnosticText {
                   QT_TRANSLATE_NOOP("Diagnostic",
                                     "Expected a time unit after INTERVAL n (second, minute, "
                                     "hour, day, week, month or year), found %1"),
                   {describe(unit)}});
        return e;
    }
    advance();
    e->name = name;
    e->range = SourceRange::cover(start.range, unit.range);
    return e;
}

ExprPtr ParserEngine::columnOrFunction()
{
    const Token first = advance();
    if (peek().isSymbol(u"(") && first.kind == Token::Kind::Identifier)
        return functionCall(first);
    auto e = node(Expr::Kind::Column, first.range);
    e->name = first.text;
    if (peek().isSymbol(u".")
        && (peek(1).kind == Token::Kind::Identifier
            || peek(1).kind == Token::Kind::QuotedIdentifier)) {
        advance();
        e->qualifier = e->name;
        e->name = advance().text;
    }
    if (peek().isSymbol(u":")) { // Snowflake-style path into semi-structured event data
        advance();
        e->kind = Expr::Kind::Path;
        do {
            const Token &part = peek();
            if (part.kind != Token::Kind::Identifier
                && part.kind != Token::Kind::QuotedIdentifier) {
                report(part.range,
                       DiagnosticText {
                           QT_TRANSLATE_NOOP("Diagnostic",
                                             "Expected a field name in the path, found %1"),
                           {describe(part)}});
                break;
            }
            e->path.append(advance().text);
        } while (acceptSymbol(u"."));
    }
    e->range = SourceRange::cover(first.range, peek(-1).range);
    return e;
}

ExprPtr ParserEngine::functionCall(const Token &name)
{
    auto e = node(Expr::Kind::Function, name.range);
    e->name
        = isLowerCaseAscii(name.text) ? name.text : m_arena.keep(name.text.toString().toLower());
    advance(); // (
    if (!peek().isSymbol(u")")) {
        do {
            e->children.append(expression());
        } while (acceptSymbol(u","));
    }
    if (!acceptSymbol(u")"))
        report(
            peek().range,
            DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "Missing ) to close %1(…), found %2"),
                            {name.text, describe(peek())}});
    e->range = SourceRange::cover(name.range, peek(-1).range);
    return e;
}

ExprPtr ParserEngine::arrayLiteral()
{
    const Token open = advance();
    auto e = node(Expr::Kind::Array, open.range);
    if (!peek().isSymbol(u"]")) {
        do {
            e->children.append(additive());
        } while (acceptSymbol(u","));
    }
    if (!acceptSymbol(u"]"))
        report(peek().range,
               DiagnosticText {
                   QT_TRANSLATE_NOOP("Diagnostic", "Missing ] to close the list, found %1"),
                   {describe(peek())}});
    e->range = SourceRange::cover(open.range, peek(-1).range);
    return e;
}
