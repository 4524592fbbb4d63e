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
    const LexResult lexed = tokenize(text);
    const Token &first = lexed.tokens.constFirst();
    const bool statement = first.isKeyword(u"SELECT") || ParserEngine::isDataChanging(first);
    return statement ? parseStatement(text) : parseExpression(text);
}

} // namespace QueryParser
