// SPDX-License-Identifier: MIT
// The SQL editor's highlighter over a 10 KB query (budget 2 ms per pass), with the linter's
// diagnostics underlined as the editor shows them. Run by scripts/bench, not by ctest.
#include "query/linter.h"
#include "sqlhighlighter.h"
#include "tenkilobytequery.h"

#include <QTest>
#include <QTextDocument>

class bench_Editor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlight10k();
};

void bench_Editor::highlight10k()
{
    // An unknown column in every condition group: one warning per line to underline.
    const QString query
        = tenKilobyteQuery().replace(QStringLiteral("c.city"), QStringLiteral("c.town"));
    QTextDocument document(query);
    SqlHighlighter highlighter(&document);
    highlighter.setDiagnostics(QueryLinter::lint(query, {}));
    QVERIFY(highlighter.diagnostics().size() > 50);
    QBENCHMARK
    {
        highlighter.rehighlight();
    }
}

QTEST_MAIN(bench_Editor)
#include "bench_editor.moc"
