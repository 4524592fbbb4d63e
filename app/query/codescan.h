// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringView>

/// What one quick pass over a query finds without making tokens: where code is, as opposed to
/// strings, `quoted names` and comments. The lexer takes about 0.5 ms for 10 KB; this pass
/// a few tens of microseconds, so the editor can ask it at every key and cursor move and
/// tokenize only the few characters around the cursor.
struct CodeScan
{
    enum class State { Code, String, QuotedName, LineComment, BlockComment };

    QList<int> brackets; ///< offsets of ( ) [ ] in code, in order
    QList<int> scopeKeywords; ///< offsets of the words FROM and JOIN in code
    State stateAtProbe = State::Code; ///< what the text before the probe ends in
    int openedAtProbe = -1; ///< where the string, name or comment open at the probe starts
    /// A place in code at least `reach` characters before the probe (or 0) where tokenizing
    /// can start.
    int codeStartBeforeProbe = 0;

    static CodeScan of(QStringView text, int probe, int reach = 128);
    /// Spaces in code (not in strings, names or comments) where a line longer than `lineChars`
    /// can be shown broken without changing what the query means: the first space after every
    /// `lineChars` characters of a line, in order.
    static QList<int> lineBreaks(QStringView text, int lineChars);
};
