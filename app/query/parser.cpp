// SPDX-License-Identifier: MIT
#include "parser.h"

#include "astarena.h"
#include "lexer.h"
#include "parserengine.h"

namespace QueryParser {

ParsedQuery parseStatement(QStringView text)
{
    const AstArena::Scope arena(text);
    return ParserEngine(arena.source()).statement();
}

ParsedQuery parseExpression(QStringView text)
{
    const AstArena::Scope arena(text);
    return ParserEngine(arena.source()).expressionOnly();
}

ParsedQuery parse(QStringView text)
{
    const AstArena::Scope arena(text);
    ParserEngine engine(arena.source());
    return engine.startsStatement() ? engine.statement() : engine.expressionOnly();
}

} // namespace QueryParser
