// SPDX-License-Identifier: MIT
#include "parser.h"

#include "lexer.h"
#include "parserengine.h"

namespace QueryParser {

ParsedQuery parseStatement(QStringView text)
{
    return ParserEngine(text).statement();
}

ParsedQuery parseExpression(QStringView text)
{
    return ParserEngine(text).expressionOnly();
}

ParsedQuery parse(QStringView text)
{
    ParserEngine engine(text);
    return engine.startsStatement() ? engine.statement() : engine.expressionOnly();
}

} // namespace QueryParser
