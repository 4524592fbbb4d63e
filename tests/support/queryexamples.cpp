// SPDX-License-Identifier: MIT
#include "queryexamples.h"

#include "fixtures.h"

#include <QFile>
#include <QStringList>

QList<QueryExample> loadQueryExamples()
{
    QFile file(Fixtures::dataPath(QStringLiteral("query-examples.sql")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QueryExample> out;
    bool v1 = false;
    const QStringList blocks = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        if (block.contains(QStringLiteral("===== C.")))
            v1 = true;
        QStringList comments, query;
        for (const QString &line : block.split(u'\n')) {
            if (line.startsWith(QStringLiteral("--")))
                comments << line.mid(2).trimmed();
            else if (!line.trimmed().isEmpty())
                query << line;
        }
        if (!query.isEmpty())
            out.append({comments.value(0), query.join(u'\n'), v1});
    }
    return out;
}
