// SPDX-License-Identifier: MIT
#pragma once

#include "astarena.h"
#include "lexer.h"
#include "parser.h"

/// The recursive-descent parser behind QueryParser (internal). After an error it stops
/// reporting until it reaches a point where parsing can resume (AND, OR, a closing
/// parenthesis, a clause keyword), so one typo gives one diagnostic.
class ParserEngine
{
public:
    /// Parses the arena's source into nodes of the arena.
    explicit ParserEngine(AstArena &arena);

    ParsedQuery statement();
    ParsedQuery expressionOnly();
    bool startsStatement() const; ///< SELECT or a data-changing verb comes first

    static bool isReserved(const Token &token);
    static bool isDataChanging(const Token &token);

private:
    // Statement level (parserengine.cpp)
    SelectStatement *selectStatement();
    void selectList(SelectStatement &s);
    TableRef tableRef();
    bool joinClause(SelectStatement &s);
    void groupByClause(SelectStatement &s);
    QStringView optionalAlias();
    ParsedQuery finish(ParsedQuery query);

    // Expressions (parserexpressions.cpp)
    ExprPtr expression();
    ExprPtr logicalChain(QStringView keyword, ExprPtr (ParserEngine::*operand)());
    ExprPtr orExpression();
    ExprPtr andExpression();
    ExprPtr notExpression();
    ExprPtr prefixed(QStringView op, ExprPtr (ParserEngine::*operand)());
    ExprPtr predicate();
    ExprPtr inPredicate(ExprPtr left, bool negated);
    ExprPtr betweenPredicate(ExprPtr left, bool negated);
    ExprPtr isNullPredicate(ExprPtr left);
    ExprPtr additive();
    ExprPtr multiplicative();
    ExprPtr unary();
    ExprPtr primary();
    ExprPtr parenthesized();
    ExprPtr literal();
    ExprPtr columnOrFunction();
    ExprPtr functionCall(const Token &name);
    ExprPtr arrayLiteral();
    ExprPtr interval();
    ExprPtr binary(QStringView op, ExprPtr left, ExprPtr right);
    ExprPtr unaryNode(QStringView op, SourceRange opRange, ExprPtr operand);
    ExprPtr node(Expr::Kind kind, SourceRange range) { return m_arena.expr(kind, range); }

    // Depth (parserdepth.cpp): the parser's own recursion, and the height of what it built
    /// Counts the parser's nested calls while it lives; tooDeep() past the bound.
    class RecursionGuard
    {
    public:
        explicit RecursionGuard(ParserEngine &engine)
            : m_engine(engine)
        {
            ++m_engine.m_depth;
        }
        ~RecursionGuard() { --m_engine.m_depth; }
        RecursionGuard(const RecursionGuard &) = delete;
        RecursionGuard &operator=(const RecursionGuard &) = delete;
        bool tooDeep() const;

    private:
        ParserEngine &m_engine;
    };
    ExprPtr nestedTooDeeply();
    void limitDepth(ParsedQuery &query);

    // Tokens and errors
    const Token &peek(int ahead = 0) const
    {
        // The last token is End, so looking past it keeps answering End.
        const qsizetype i = m_pos + ahead;
        const qsizetype last = qsizetype(m_tokens.size()) - 1;
        return m_tokens[i < 0 ? 0 : (i < last ? i : last)];
    }
    const Token &advance();
    bool acceptKeyword(QStringView keyword);
    bool acceptSymbol(QStringView symbol);
    bool expectKeyword(QStringView keyword, const DiagnosticText &why);
    bool expectSymbol(QStringView symbol, const DiagnosticText &why);
    ExprPtr errorNode(DiagnosticText message);
    void report(SourceRange range, DiagnosticText message, const QString &fixIt = {});
    void synchronize();
    bool atBoundary() const;
    static DiagnosticText describe(const Token &token);
    DiagnosticText position(int offset) const; ///< "line 2, column 7", for messages

    AstArena &m_arena;
    QStringView m_text;
    std::vector<Token> m_tokens;
    QList<Comment> m_comments;
    QList<Diagnostic> m_diagnostics;
    qsizetype m_pos = 0;
    bool m_panic = false;
    int m_depth = 0;
};
