// SPDX-License-Identifier: MIT
#include "brackets.h"

#include "codescan.h"

namespace {

/// The partner of the bracket brackets[at], found by counting its kind of bracket outward.
int partnerOf(QStringView text, const QList<int> &brackets, qsizetype at)
{
    const QChar c = text[brackets[at]];
    const bool opening = c == u'(' || c == u'[';
    const QChar open = c == u'(' || c == u')' ? u'(' : u'[';
    const QChar close = open == u'(' ? u')' : u']';
    const int step = opening ? 1 : -1;
    int depth = 0;
    for (qsizetype i = at; i >= 0 && i < brackets.size(); i += step) {
        const QChar b = text[brackets[i]];
        if (b == (opening ? open : close))
            ++depth;
        else if (b == (opening ? close : open) && --depth == 0)
            return brackets[i];
    }
    return -1;
}

std::optional<BracketPair> near(QStringView text, int cursor)
{
    const QList<int> brackets = CodeScan::of(text, cursor).brackets;
    // The bracket after the cursor wins, as in most editors; else the one before it.
    for (const int offset : {cursor, cursor - 1}) {
        const auto at = std::lower_bound(brackets.begin(), brackets.end(), offset);
        if (at != brackets.end() && *at == offset)
            return BracketPair {offset, partnerOf(text, brackets, at - brackets.begin())};
    }
    return std::nullopt;
}

} // namespace

namespace Brackets {

int windowStart(QStringView text, int cursor)
{
    const int start = qMax(0, cursor - Window);
    if (start == 0)
        return 0;
    const int from = qMax(0, start - Window);
    const qsizetype line = text.mid(from, start - from).lastIndexOf(u'\n');
    return line < 0 ? start : from + int(line) + 1;
}

std::optional<BracketPair> atCursor(QStringView whole, int cursor)
{
    // Within Window characters either side, from the start of a line when one is near.
    cursor = qBound(0, cursor, int(whole.size()));
    const int start = windowStart(whole, cursor);
    const QStringView text
        = whole.mid(start, qMin(whole.size(), qsizetype(cursor) + Window) - start);
    cursor -= start;
    auto pair = near(text, cursor);
    if (pair) {
        pair->bracket += start;
        pair->partner = pair->partner < 0 ? -1 : pair->partner + start;
    }
    return pair;
}

} // namespace Brackets
