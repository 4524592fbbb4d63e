// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

/// The bounds every reader of a query relies on, so that no input ends a process with a signal.
namespace QueryLimits {

/// The deepest a query tree may be: each parenthesis, NOT, unary minus, arithmetic or comparison
/// operator, function call, list and sub-select adds one level. An AND or OR chain is one level
/// however many terms it joins (it is one node), so long chains are never "deep".
/// Real segments stay under 10 levels. SQLite, which the sandbox compiles to, overflows its
/// parser stack a little above 30 levels of the worst shape (right-nested arithmetic), so a
/// query the linter accepts is one the sandbox can always evaluate. A deeper query gets the
/// diagnostic "nested too deeply"; every recursive walk over a tree (printer, formatter,
/// linter, compilers) may therefore recurse once per level.
constexpr int MaxDepth = 30;

/// The largest query text read from a file or standard input (16 MiB): far above anything
/// SendGrid takes (the sandbox refuses request bodies over 1 MiB), and a 100,000-term chain is
/// 3 MB; bounded so that no input size can exhaust memory.
constexpr qsizetype MaxQueryBytes = 16 * 1024 * 1024;

/// Longer query texts (64 Ki characters: parsed and linted in about 3 ms) are linted, read by the
/// builder and turned into preview searches on a worker thread (LatestWork), so that no edit of a
/// huge query stalls the window; shorter ones at once, where a thread hop would cost more.
constexpr qsizetype InlineAnalysisChars = 64 * 1024;

/// The size of `text` in UTF-8, counted without converting it (a 16 MB paste is measured
/// twice per paste). A lone surrogate counts as the 3 bytes of its replacement character.
inline qsizetype utf8Bytes(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                 && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

} // namespace QueryLimits
