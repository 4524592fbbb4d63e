// SPDX-License-Identifier: MIT
// The SQL editor's highlighter over a 10 KB query (budget 2 ms per pass), with the linter's
// diagnostics underlined as the editor shows them; completion and bracket matching, which run
// on the GUI thread at every key and cursor move (budget 1 ms). Run by scripts/bench, not by
// ctest.
#include "query/brackets.h"
#include "query/completion.h"
#include "query/linter.h"
#include "sqlcompleter.h"
#include "sqleditor.h"
#include "sqlhighlighter.h"
#include "tenkilobytequery.h"

#include <QAbstractItemView>
#include <QTest>
#include <QTextDocument>

class bench_Editor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlight10k();
    void complete10k_data();
    void complete10k();
    void brackets10k();
    void typeInEditor10k();

private:
    static QHash<QString, QString> lists();
};

QHash<QString, QString> bench_Editor::lists()
{
    QHash<QString, QString> names; // an account with many lists
    for (int i = 0; i < 500; ++i)
        names.insert(QStringLiteral("%1-list-id").arg(i, 8, 16, QChar(u'0')),
                     QStringLiteral("List number %1").arg(i));
    return names;
}

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

void bench_Editor::complete10k_data()
{
    QTest::addColumn<QString>("typed"); ///< appended to the 10 KB query
    QTest::addColumn<QString>("after"); ///< the cursor goes after its first place past 5 KB
    QTest::newRow("field at the end") << QStringLiteral(" AND c.cou") << QStringLiteral("c.cou");
    QTest::newRow("anything at the end") << QStringLiteral(" AND co") << QStringLiteral("AND co");
    QTest::newRow("list id at the end")
        << QStringLiteral(" AND array_contains(c.list_ids, 'list") << QStringLiteral("'list");
    QTest::newRow("field in the middle") << QString() << QStringLiteral("c.ci");
}

void bench_Editor::complete10k()
{
    QFETCH(QString, typed);
    QFETCH(QString, after);
    const QString query = tenKilobyteQuery() + typed;
    const int cursor = int(query.indexOf(after, 5 * 1024) + after.size());
    const FieldCatalogue catalogue;
    const QHash<QString, QString> names = lists();
    QVERIFY(!QueryCompletion::complete(query, cursor, catalogue, names).candidates.isEmpty());
    QBENCHMARK
    {
        QueryCompletion::complete(query, cursor, catalogue, names);
    }
}

void bench_Editor::brackets10k()
{
    const QString query = tenKilobyteQuery();
    const int cursor = int(query.lastIndexOf(u')'));
    QVERIFY(Brackets::atCursor(query, cursor)->isMatched());
    QBENCHMARK
    {
        Brackets::atCursor(query, cursor);
    }
}

// One key in the editor with the popup open: the text changes, the highlighter and the bracket
// match run, the candidates are computed and the popup refilled.
void bench_Editor::typeInEditor10k()
{
    SqlEditor editor;
    editor.setListNames(lists());
    editor.setPlainText(tenKilobyteQuery() + QStringLiteral(" AND c.co"));
    editor.moveCursor(QTextCursor::End);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(editor.completer()->isOpen());
    QBENCHMARK
    {
        QTest::keyClick(&editor, Qt::Key_U);
        QTest::keyClick(&editor, Qt::Key_Backspace);
    }
    QVERIFY(editor.completer()->isOpen());
}

QTEST_MAIN(bench_Editor)
#include "bench_editor.moc"
