// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// A span of the query text, in UTF-16 code units.
struct SourceRange
{
    int offset = 0;
    int length = 0;

    int end() const { return offset + length; }
    static SourceRange cover(SourceRange a, SourceRange b)
    {
        const int start = qMin(a.offset, b.offset);
        return {start, qMax(a.end(), b.end()) - start};
    }
    bool operator==(const SourceRange &) const = default;
};

/// One problem found in a query, placed on the text. Lines and columns count from 1.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SourceRange range;
    int line = 1;
    int column = 1;
    QString message;
    QString fixIt; ///< a suggested replacement for fixRange, when one is obvious
    /// What fixIt replaces: inside `range`, e.g. only the name of `c.frist_name`, or only the
    /// value of a comparison.
    SourceRange fixRange;

    bool isError() const { return severity == Severity::Error; }
    /// `line:column: error|warning: message`, the form compilers and editors understand.
    QString toString() const;
};

/// Fills line and column of each diagnostic from the text it refers to.
void placeDiagnostics(QList<Diagnostic> &diagnostics, QStringView text);
bool hasErrors(const QList<Diagnostic> &diagnostics);
