// SPDX-License-Identifier: MIT
#include "parser.h"

#include "astarena.h"
#include "lexer.h"
#include "parserengine.h"

namespace QueryParser {

namespace {

// Room for the AST nodes a text of this size usually makes; the arena grows when needed.
std::size_t arenaBytes(QStringView text)
{
    return std::size_t(text.size()) * 32 + 4096;
}

} // namespace

ParsedQuery parseStatement(QStringView text)
{
    const AstArena::Scope arena(arenaBytes(text));
    return ParserEngine(text).statement();
}

ParsedQuery parseExpression(QStringView text)
{
    const AstArena::Scope arena(arenaBytes(text));
    return ParserEngine(text).expressionOnly();
}

ParsedQuery parse(QStringView text)
{
    const AstArena::Scope arena(arenaBytes(text));
    ParserEngine engine(text);
    return engine.startsStatement() ? engine.statement() : engine.expressionOnly();
}

} // namespace QueryParser
