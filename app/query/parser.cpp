// SPDX-License-Identifier: MIT
#include "parser.h"

#include "astarena.h"
#include "parserengine.h"

namespace QueryParser {

namespace {

template<typename Read>
ParsedQuery parseWith(QStringView text, Read read)
{
    auto arena = std::make_shared<AstArena>(text);
    ParserEngine engine(*arena);
    ParsedQuery query = read(engine);
    query.arena = std::move(arena);
    return query;
}

} // namespace

ParsedQuery parseStatement(QStringView text)
{
    return parseWith(text, [](ParserEngine &engine) { return engine.statement(); });
}

ParsedQuery parseExpression(QStringView text)
{
    return parseWith(text, [](ParserEngine &engine) { return engine.expressionOnly(); });
}

ParsedQuery parse(QStringView text)
{
    return parseWith(text, [](ParserEngine &engine) {
        return engine.startsStatement() ? engine.statement() : engine.expressionOnly();
    });
}

} // namespace QueryParser
