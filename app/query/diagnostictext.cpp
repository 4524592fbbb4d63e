// SPDX-License-Identifier: MIT
#include "diagnostictext.h"

#include <QCoreApplication>

DiagnosticText::DiagnosticText(const char *source, std::vector<DiagnosticText> arguments)
    : m_source(source)
    , m_arguments(std::move(arguments))
{ }

DiagnosticText::DiagnosticText(QString verbatim)
    : m_verbatim(std::move(verbatim))
{ }

// %1…%9 are replaced in one pass: an argument that holds "%2" (a LIKE pattern) stays as it is.
QString DiagnosticText::render(bool translate) const
{
    if (!m_source)
        return m_verbatim;
    const QString text = translate ? QCoreApplication::translate("Diagnostic", m_source)
                                   : QString::fromUtf8(m_source);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n = i + 1 < text.size() ? text[i + 1].digitValue() : -1;
        if (text[i] == u'%' && n >= 1 && size_t(n) <= m_arguments.size()) {
            out += m_arguments[size_t(n) - 1].render(translate);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}
