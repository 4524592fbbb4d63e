// SPDX-License-Identifier: MIT
#include "completioncontext.h"

#include "fieldcatalogue.h"
#include "sqlkeywords.h"

#include <algorithm>

namespace {

using Context = Completion::Context;
using Tokens = std::vector<Token>;

/// Where the cursor is inside an unclosed `(`: the function called and the argument's index,
/// and whether a `[` is open in that argument. The argument index is -1 outside any call.
struct Call
{
    QStringView function;
    int argument = -1;
    size_t open = 0; ///< the token index of `(`
};

Call enclosingCall(const Tokens &tokens, size_t end)
{
    int depth = 0;
    int commas = 0;
    for (size_t i = end; i-- > 0;) {
        const Token &t = tokens[i];
        if (t.isSymbol(u")") || t.isSymbol(u"]")) {
            ++depth;
        } else if (t.isSymbol(u"(") || t.isSymbol(u"[")) {
            if (depth > 0) {
                --depth;
            } else if (t.isSymbol(u"[")) {
                commas = 0; // commas so far separate the array's items, not arguments
            } else {
                const bool named = i > 0 && tokens[i - 1].kind == Token::Kind::Identifier;
                return {named ? tokens[i - 1].text : QStringView(), commas, i};
            }
        } else if (t.isSymbol(u",") && depth == 0) {
            ++commas;
        }
    }
    return {};
}

bool endsOperand(const Token &t)
{
    if (t.kind == Token::Kind::Identifier)
        return !SqlKeywords::isReserved(t.text) || t.isKeyword(u"NULL") || t.isKeyword(u"TRUE")
            || t.isKeyword(u"FALSE");
    return t.kind == Token::Kind::QuotedIdentifier || t.kind == Token::Kind::String
        || t.kind == Token::Kind::Number || t.isSymbol(u")") || t.isSymbol(u"]");
}

} // namespace

namespace CompletionContext {

bool isName(const Token &t)
{
    return t.kind == Token::Kind::Identifier || t.kind == Token::Kind::QuotedIdentifier;
}

/// The tables a query names (FROM/JOIN table [AS] alias), by table name and by alias.
QList<std::pair<QString, QStringView>> scopeOf(const Tokens &tokens)
{
    QList<std::pair<QString, QStringView>> scope;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!tokens[i].isKeyword(u"FROM") && !tokens[i].isKeyword(u"JOIN"))
            continue;
        const Token &table = tokens[i + 1];
        if (!isName(table) || !FieldCatalogue::isKnownTable(table.text))
            continue;
        const QStringView canonical = sameName(table.text, FieldCatalogue::eventTable())
            ? FieldCatalogue::eventTable()
            : FieldCatalogue::contactTable();
        scope.append({canonical.toString(), canonical});
        size_t at = i + 2;
        if (at < tokens.size() && tokens[at].isKeyword(u"AS"))
            ++at;
        if (at < tokens.size() && isName(tokens[at]) && !SqlKeywords::isKeyword(tokens[at].text))
            scope.append({tokens[at].text.toString(), canonical});
    }
    return scope;
}

/// The context from the tokens before the word being typed (tokens[0, end)).
Context contextBefore(const Tokens &tokens, size_t end, QStringView &qualifier)
{
    if (end == 0)
        return Context::Expression;
    const Token &previous = tokens[end - 1];
    if (previous.isSymbol(u".")) {
        if (end < 2 || !isName(tokens[end - 2]))
            return Context::None;
        qualifier = tokens[end - 2].text;
        return Context::Member;
    }
    if (previous.isKeyword(u"FROM") || previous.isKeyword(u"JOIN"))
        return Context::Table;
    const Call call = enclosingCall(tokens, end);
    if (sameName(call.function, u"array_contains")) {
        if (call.argument == 0)
            return Context::ArrayColumn;
        const Token &first = tokens[call.open + 1];
        // A comma follows the first argument, so the tokens looked at here exist.
        const Token &column = tokens[call.open + 2].isSymbol(u".") ? tokens[call.open + 3] : first;
        if (call.argument == 1 && isName(first) && sameName(column.text, u"list_ids"))
            return Context::ListId;
    }
    return endsOperand(previous) ? Context::AfterOperand : Context::Expression;
}

} // namespace CompletionContext
