// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <algorithm>

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(line)
        .arg(column)
        .arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

void placeDiagnostics(QList<Diagnostic> &diagnostics, QStringView text)
{
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.range.offset < b.range.offset; });
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    for (Diagnostic &d : diagnostics) {
        const int target = qBound(0, d.range.offset, int(text.size()));
        for (; scanned < target; ++scanned) {
            if (text[scanned] == u'\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        d.line = line;
        d.column = target - lineStart + 1;
    }
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}
