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

/// The bracket just after `cursor`, else the one just before it, and its partner. Brackets in
/// strings, quoted names and comments do not count.
std::optional<BracketPair> atCursor(QStringView text, int cursor);

} // namespace Brackets
