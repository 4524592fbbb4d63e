// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostictext.h"

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
    QString message; ///< in English: the CLI's output and the sandbox's answers
    QString fixIt; ///< a suggested replacement for fixRange, when one is obvious
    /// What fixIt replaces: inside `range`, e.g. only the name of `c.frist_name`, or only the
    /// value of a comparison.
    SourceRange fixRange;
    /// The message as its source text and arguments; empty for a message from elsewhere
    /// (SendGrid's own words), which is shown as it came.
    DiagnosticText text;

    /// A diagnostic whose message is `text`, said in English in `message`.
    static Diagnostic make(Severity severity, SourceRange range, DiagnosticText text,
                           QString fixIt = {}, SourceRange fixRange = {});
    bool isError() const { return severity == Severity::Error; }
    /// The message in the language of the installed translators.
    QString translated() const { return text.isEmpty() ? message : text.translated(); }
    /// `line:column: error|warning: message`, the form compilers and editors understand.
    QString toString() const;
    /// toString() in the language of the installed translators, for people.
    QString toDisplayString() const;
};

/// Fills line and column of each diagnostic from the text it refers to.
void placeDiagnostics(QList<Diagnostic> &diagnostics, QStringView text);
bool hasErrors(const QList<Diagnostic> &diagnostics);
