// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

/// The bracket next to the cursor and its partner, for the editor to highlight.
struct BracketPair
{
    int bracket = -1; ///< offset of the ( ) [ or ] next to the cursor
    int partner = -1; ///< offset of the bracket that matches it; -1 when it has none

    bool isMatched() const { return partner >= 0; }
    bool operator==(const BracketPair &) const = default;
};

namespace Brackets {

/// How far either side of the cursor brackets are read: the editor asks at every key and cursor
/// move, and a 1.5 MB query must not be read whole each time. A partner farther away is shown
/// as missing; the reading starts at the start of a line when one is within another Window.
constexpr int Window = 20000;

/// Where reading around `cursor` starts: Window characters before it, moved back to the start of
/// a line when one is within another Window (a line start is where a string or comment that is
/// not too long has ended).
int windowStart(QStringView text, int cursor);

/// The bracket just after `cursor`, else the one just before it, and its partner within
/// Window. Brackets in strings, quoted names and comments do not count.
std::optional<BracketPair> atCursor(QStringView whole, int cursor);

} // namespace Brackets
