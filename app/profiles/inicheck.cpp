// SPDX-License-Identifier: MIT
#include "inicheck.h"

#include <QList>

namespace IniCheck {
namespace {

/// Why a `key=value` line cannot be read, or empty. QSettings quotes values with special
/// characters and escapes quotes and backslashes with a backslash.
QString valueProblem(QByteArrayView value)
{
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '\\') {
            if (i + 1 == value.size())
                return QStringLiteral("a value ends in a backslash, which joins the next line");
            ++i;
        } else if (value[i] == '"') {
            quoted = !quoted;
        }
    }
    return quoted ? QStringLiteral("a quote is not closed, which swallows the next line")
                  : QString();
}

QString lineProblem(QByteArrayView line)
{
    if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
        return {};
    if (line.startsWith('[')) {
        if (!line.endsWith(']') || line.size() < 3)
            return QStringLiteral("a section header needs a name and its closing ]");
        return {};
    }
    const qsizetype equals = line.indexOf('=');
    if (equals < 0)
        return QStringLiteral("no key=value");
    if (line.first(equals).trimmed().isEmpty())
        return QStringLiteral("a value without a key");
    return valueProblem(line.sliced(equals + 1));
}

} // namespace

QString firstProblem(const QByteArray &content)
{
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString problem = lineProblem(QByteArrayView(lines[i]).trimmed());
        if (!problem.isEmpty())
            return QStringLiteral("line %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

} // namespace IniCheck
