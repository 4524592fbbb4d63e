// SPDX-License-Identifier: MIT
// ParserEngine: tokens, errors and the statement level. Expressions: parserexpressions.cpp.
#include "parserengine.h"

#include "sqlkeywords.h"

namespace {

bool matchesAny(const Token &t, std::initializer_list<QStringView> words)
{
    if (t.kind != Token::Kind::Identifier)
        return false;
    for (QStringView w : words) {
        if (t.isKeyword(w))
            return true;
    }
    return false;
}

} // namespace

ParserEngine::ParserEngine(AstArena &arena)
    : m_arena(arena)
    , m_text(arena.source())
{
    LexResult lexed = tokenize(m_text);
    m_arena.keep(std::move(lexed.decoded));
    m_tokens = std::move(lexed.tokens);
    m_comments = std::move(lexed.comments);
    m_diagnostics = std::move(lexed.diagnostics);
    m_panic = !m_diagnostics.isEmpty();
}

bool ParserEngine::startsStatement() const
{
    return peek().isKeyword(u"SELECT") || isDataChanging(peek());
}

bool ParserEngine::isReserved(const Token &t)
{
    return t.kind == Token::Kind::Identifier && SqlKeywords::isReserved(t.text);
}

bool ParserEngine::isDataChanging(const Token &t)
{
    return matchesAny(t,
                      {u"INSERT", u"UPDATE", u"DELETE", u"DROP", u"CREATE", u"ALTER", u"TRUNCATE",
                       u"MERGE", u"REPLACE", u"GRANT"});
}

const Token &ParserEngine::advance()
{
    const Token &t = peek();
    if (m_pos < qsizetype(m_tokens.size()) - 1)
        ++m_pos;
    return t;
}

bool ParserEngine::acceptKeyword(QStringView keyword)
{
    if (!peek().isKeyword(keyword))
        return false;
    advance();
    return true;
}

bool ParserEngine::acceptSymbol(QStringView symbol)
{
    if (!peek().isSymbol(symbol))
        return false;
    advance();
    return true;
}

bool ParserEngine::expectKeyword(QStringView keyword, const DiagnosticText &why)
{
    if (acceptKeyword(keyword))
        return true;
    report(peek().range, why);
    return false;
}

bool ParserEngine::expectSymbol(QStringView symbol, const DiagnosticText &why)
{
    if (acceptSymbol(symbol))
        return true;
    report(peek().range, why);
    return false;
}

DiagnosticText ParserEngine::describe(const Token &t)
{
    switch (t.kind) {
    case Token::Kind::End:
        return QT_TRANSLATE_NOOP("Diagnostic", "the end of the query");
    case Token::Kind::String:
        return {QT_TRANSLATE_NOOP("Diagnostic", "the text '%1'"), {t.text.left(30)}};
    default:
        return QStringLiteral("\"%1\"").arg(t.text.left(30));
    }
}

DiagnosticText ParserEngine::position(int offset) const
{
    const QStringView before = m_text.left(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {QT_TRANSLATE_NOOP("Diagnostic", "line %1, column %2"),
            {QString::number(before.count(u'\n') + 1), QString::number(offset - lineStart + 1)}};
}

void ParserEngine::report(SourceRange range, DiagnosticText message, const QString &fixIt)
{
    if (m_panic)
        return;
    m_panic = true;
    m_diagnostics.append(
        Diagnostic::make(Diagnostic::Severity::Error, range, std::move(message), fixIt, range));
}

ExprPtr ParserEngine::errorNode(DiagnosticText message)
{
    report(peek().range, std::move(message));
    return node(Expr::Kind::Error, peek().range);
}

bool ParserEngine::atBoundary() const
{
    const Token &t = peek();
    return t.kind == Token::Kind::End || t.isSymbol(u")") || t.isSymbol(u";")
        || matchesAny(
               t,
               {u"AND", u"OR", u"WHERE", u"JOIN", u"INNER", u"GROUP", u"HAVING", u"ON", u"FROM"});
}

void ParserEngine::synchronize()
{
    if (!m_panic)
        return;
    while (!atBoundary())
        advance();
    m_panic = false;
}

ParsedQuery ParserEngine::finish(ParsedQuery query)
{
    acceptSymbol(u";");
    // Leftovers after an earlier error are usually its echo, not a second mistake.
    if (peek().kind != Token::Kind::End && m_diagnostics.isEmpty()) {
        m_panic = false;
        report(peek().range,
               DiagnosticText {
                   QT_TRANSLATE_NOOP("Diagnostic", "Unexpected %1 after the end of the query"),
                   {describe(peek())}});
    }
    limitDepth(query);
    query.comments = m_comments;
    query.diagnostics = m_diagnostics;
    placeDiagnostics(query.diagnostics, m_text);
    return query;
}

ParsedQuery ParserEngine::statement()
{
    ParsedQuery query;
    query.form = ParsedQuery::Form::Statement;
    if (isDataChanging(peek())) {
        report(peek().range,
               DiagnosticText {
                   QT_TRANSLATE_NOOP("Diagnostic",
                                     "Segments only select contacts: %1 statements are not "
                                     "allowed. Start with SELECT contact_id, updated_at"),
                   {peek().text.toString().toUpper()}});
        m_pos = qsizetype(m_tokens.size()) - 1;
        query.statement = m_arena.make<SelectStatement>();
        return finish(query);
    }
    query.statement = selectStatement();
    return finish(query);
}

ParsedQuery ParserEngine::expressionOnly()
{
    ParsedQuery query;
    query.form = ParsedQuery::Form::Expression;
    query.expression = expression();
    synchronize();
    return finish(query);
}

SelectStatement *ParserEngine::selectStatement()
{
    SelectStatement *s = m_arena.make<SelectStatement>();
    const int start = peek().range.offset;
    expectKeyword(u"SELECT",
                  QT_TRANSLATE_NOOP("Diagnostic",
                                    "A segment query starts with SELECT contact_id, "
                                    "updated_at FROM contact_data"));
    selectList(*s);
    synchronize();
    expectKeyword(
        u"FROM",
        DiagnosticText {
            QT_TRANSLATE_NOOP("Diagnostic", "Expected FROM after the selected columns, found %1"),
            {describe(peek())}});
    s->from = tableRef();
    while (joinClause(*s)) { }
    // Taken from the tokens: the nodes of the head end before an alias or a closing ")".
    s->head = {start, peek(-1).range.end() - start};
    if (acceptKeyword(u"WHERE")) {
        s->where = expression();
        synchronize();
    }
    groupByClause(*s);
    s->range = {start, peek(-1).range.end() - start};
    return s;
}

void ParserEngine::selectList(SelectStatement &s)
{
    do {
        ExprPtr e = expression();
        s.items.append({e, optionalAlias()});
    } while (acceptSymbol(u","));
}

QStringView ParserEngine::optionalAlias()
{
    const bool as = acceptKeyword(u"AS");
    const Token &t = peek();
    if ((t.kind == Token::Kind::Identifier && !isReserved(t))
        || t.kind == Token::Kind::QuotedIdentifier)
        return advance().text;
    if (as)
        report(
            t.range,
            DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "Expected a name after AS, found %1"),
                            {describe(t)}});
    return {};
}

TableRef ParserEngine::tableRef()
{
    TableRef ref;
    const Token &t = peek();
    if ((t.kind == Token::Kind::Identifier && !isReserved(t))
        || t.kind == Token::Kind::QuotedIdentifier) {
        ref.table = advance().text;
        ref.range = t.range;
        ref.alias = optionalAlias();
    } else {
        report(
            t.range,
            DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic",
                                              "Expected a table name (contact_data or event_data), "
                                              "found %1"),
                            {describe(t)}});
    }
    return ref;
}

bool ParserEngine::joinClause(SelectStatement &s)
{
    const bool qualified = acceptKeyword(u"INNER") || acceptKeyword(u"LEFT");
    if (qualified)
        acceptKeyword(u"OUTER");
    if (!acceptKeyword(u"JOIN")) {
        if (qualified)
            report(peek().range,
                   DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "Expected JOIN, found %1"),
                                   {describe(peek())}});
        return false;
    }
    Join join;
    join.table = tableRef();
    if (expectKeyword(
            u"ON", QT_TRANSLATE_NOOP("Diagnostic", "A join needs ON c.contact_id = e.contact_id")))
        join.on = expression();
    synchronize();
    s.joins.append(join);
    return true;
}

void ParserEngine::groupByClause(SelectStatement &s)
{
    const int start = peek().range.offset;
    if (!acceptKeyword(u"GROUP"))
        return;
    expectKeyword(u"BY", QT_TRANSLATE_NOOP("Diagnostic", "Expected BY after GROUP"));
    do {
        s.groupBy.append(additive());
    } while (acceptSymbol(u","));
    synchronize();
    if (acceptKeyword(u"HAVING")) {
        s.having = expression();
        synchronize();
    }
    s.grouping = {start, peek(-1).range.end() - start};
}
