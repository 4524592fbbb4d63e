// SPDX-License-Identifier: MIT
#include "brackets.h"

#include "lexer.h"

namespace {

bool isBracket(const Token &t)
{
    return t.isSymbol(u"(") || t.isSymbol(u")") || t.isSymbol(u"[") || t.isSymbol(u"]");
}

/// The partner of the bracket tokens[at], found by counting its kind of bracket outward.
int partnerOf(const std::vector<Token> &tokens, size_t at)
{
    const QChar c = tokens[at].text.front();
    const bool opening = c == u'(' || c == u'[';
    const QStringView same = c == u'(' || c == u')' ? u"(" : u"[";
    const QStringView other = c == u'(' || c == u')' ? u")" : u"]";
    const QStringView self = opening ? same : other;
    int depth = 0;
    for (size_t i = at;;) {
        if (tokens[i].isSymbol(self))
            ++depth;
        else if (tokens[i].isSymbol(opening ? other : same) && --depth == 0)
            return tokens[i].range.offset;
        if ((opening && ++i >= tokens.size()) || (!opening && i-- == 0))
            return -1;
    }
}

} // namespace

namespace Brackets {

std::optional<BracketPair> atCursor(QStringView text, int cursor)
{
    const std::vector<Token> tokens = tokenize(text).tokens;
    // The bracket after the cursor wins, as in most editors; else the one before it.
    for (const int offset : {cursor, cursor - 1}) {
        const auto at = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                         [](const Token &t, int o) { return t.range.offset < o; });
        if (at != tokens.end() && at->range.offset == offset && isBracket(*at))
            return BracketPair {offset, partnerOf(tokens, size_t(at - tokens.begin()))};
    }
    return std::nullopt;
}

} // namespace Brackets
