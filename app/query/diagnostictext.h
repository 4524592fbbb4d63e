// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

/// A message kept as its source text and arguments, so that it is said in English where English
/// is wanted (the CLI's output, the sandbox's answers, which speak as SendGrid does) and in the
/// window's language where it is shown. Source texts are marked with
/// QT_TRANSLATE_NOOP("Diagnostic", …), so lupdate finds them; arguments are names and values
/// from the query (said as they are) or messages of their own ("the end of the query").
class DiagnosticText
{
public:
    DiagnosticText() = default;
    /// `source`: a literal marked QT_TRANSLATE_NOOP("Diagnostic", …); %1… take `arguments`.
    DiagnosticText(const char *source, std::vector<DiagnosticText> arguments = {});
    /// Text from the query or from elsewhere, never translated.
    DiagnosticText(QString verbatim);
    DiagnosticText(QStringView verbatim)
        : DiagnosticText(verbatim.toString())
    { }

    bool isEmpty() const { return !m_source && m_verbatim.isEmpty(); }
    QString english() const { return render(false); }
    /// In the language of the installed translators (QCoreApplication::translate).
    QString translated() const { return render(true); }

private:
    QString render(bool translate) const;

    const char *m_source = nullptr;
    QString m_verbatim;
    std::vector<DiagnosticText> m_arguments;
};
