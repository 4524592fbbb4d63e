// SPDX-License-Identifier: MIT
#include "csv.h"

namespace Csv {
namespace {

/// Whether a spreadsheet could read `text` as a formula. Some skip leading whitespace before
/// they look, and a tab or CR first is a formula start of its own in OWASP's list.
bool startsFormula(const QString &text)
{
    if (text.startsWith(u'\t') || text.startsWith(u'\r'))
        return true;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return c == u'=' || c == u'+' || c == u'-' || c == u'@';
    }
    return false;
}

bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u';' || c == u'"' || c == u'\t' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString field(QString text)
{
    if (startsFormula(text))
        text.prepend(u'\'');
    if (!needsQuotes(text))
        return text;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',');
}

} // namespace Csv
