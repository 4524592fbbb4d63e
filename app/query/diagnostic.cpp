// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

Diagnostic Diagnostic::make(Severity severity, SourceRange range, DiagnosticText text,
                            QString fixIt, SourceRange fixRange)
{
    Diagnostic d {severity, range, 1, 1, text.english(), std::move(fixIt), fixRange, {}};
    d.text = std::move(text);
    return d;
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(line)
        .arg(column)
        .arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

QString Diagnostic::toDisplayString() const
{
    const char *form = isError() ? QT_TRANSLATE_NOOP("Diagnostic", "%1:%2: error: %3")
                                 : QT_TRANSLATE_NOOP("Diagnostic", "%1:%2: warning: %3");
    return QCoreApplication::translate("Diagnostic", form)
        .arg(QString::number(line), QString::number(column), translated());
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
