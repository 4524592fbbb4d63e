// SPDX-License-Identifier: MIT
// The SQL editor's highlighter over a 10 KB query (budget 2 ms per pass), with the linter's
// diagnostics underlined as the editor shows them; completion and bracket matching, which run
// on the GUI thread at every key and cursor move (budget 1 ms); typing in the visual builder and
// in the SQL view of a 10 KB query (budget: no GUI stall over 50 ms). Run by scripts/bench, not
// by ctest.
#include "builderview.h"
#include "common/clock.h"
#include "query/brackets.h"
#include "query/completion.h"
#include "query/linter.h"
#include "queryviews.h"
#include "segmenteditorpanel.h"
#include "sqlcompleter.h"
#include "sqleditor.h"
#include "sqlhighlighter.h"
#include "stallmeter.h"
#include "tenkilobytequery.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

namespace {

/// The editor with the 10 KB query open on `page`, shown.
std::unique_ptr<SegmentEditorPanel> openTenKilobytes(QueryViews::Page page)
{
    auto panel = std::make_unique<SegmentEditorPanel>(Clock::system());
    panel->resize(1200, 800);
    const QString query = tenKilobyteQuery();
    QElapsedTimer clock;
    clock.start();
    panel->load(QStringLiteral("Big"), query, QStringLiteral("Big"), query, {});
    qInfo("loading the 10 KB query into both views: %.1f ms", double(clock.nsecsElapsed()) / 1e6);
    panel->findChild<QueryViews *>()->setCurrentIndex(page);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        qFatal("the editor was not shown");
    return panel;
}

/// Types `count` letters into `target` at about 25 keys a second (the wait stands for the
/// typist, not for synchronisation), then lets the debounced linter and builder run.
void type(QWidget *target, int count)
{
    StallMeter meter;
    qint64 longestKeyNs = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(target, char('a' + i % 26));
        longestKeyNs = qMax(longestKeyNs, key.nsecsElapsed());
        QTest::qWait(40);
    }
    QTest::qWait(400);
    qInfo("longest single key: %.1f ms", double(longestKeyNs) / 1e6);
    meter.report();
}

} // namespace

class bench_Editor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlight10k();
    void complete10k_data();
    void complete10k();
    void brackets10k();
    void typeInEditor10k();
    void showTheBuilder();
    void typeInTheBuilder();
    void typeInTheSqlViewWithTheBuilderVisible();
    void typeInTheSqlViewWithTheSqlVisible();

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

// The builder draws when it is first shown: the rows on screen at once, the rest of the 10 KB
// query in slices (#19 §4; 150-230 ms at once before). The stall is the first draw's or a
// slice's, whichever is longest, until the last row is drawn.
void bench_Editor::showTheBuilder()
{
    const auto panel = openTenKilobytes(QueryViews::Sql);
    auto *views = panel->findChild<QueryViews *>();
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    views->setCurrentIndex(QueryViews::Visual);
    QVERIFY(QTest::qWaitFor([views] { return !views->builder()->isDrawing(); }, 10000));
    qInfo("every row drawn after %.1f ms", double(clock.nsecsElapsed()) / 1e6);
    QTest::qWait(100); // the last rows are shown and laid out
    meter.report();
}

void bench_Editor::typeInTheBuilder()
{
    const auto panel = openTenKilobytes(QueryViews::Visual);
    QLineEdit *value = nullptr;
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>(QStringLiteral("value")))
        if (edit->isVisible() && !value)
            value = edit;
    QVERIFY(value);
    value->setFocus();
    type(value, 20);
    QVERIFY(panel->query().contains(QStringLiteral("abcdefghijklmnopqrst")));
}

// Keys in the hidden SQL editor while the builder shows: the builder redraws after each pause.
void bench_Editor::typeInTheSqlViewWithTheBuilderVisible()
{
    const auto panel = openTenKilobytes(QueryViews::Visual);
    auto *sql = panel->findChild<QPlainTextEdit *>(QStringLiteral("sql"));
    QTextCursor at = sql->document()->find(QStringLiteral("City 3'"));
    at.setPosition(at.selectionEnd() - 1);
    sql->setTextCursor(at);
    type(sql, 20);
    QVERIFY(panel->query().contains(QStringLiteral("City 3abcdefghijklmnopqrst'")));
}

void bench_Editor::typeInTheSqlViewWithTheSqlVisible()
{
    const auto panel = openTenKilobytes(QueryViews::Sql);
    auto *sql = panel->findChild<QPlainTextEdit *>(QStringLiteral("sql"));
    QTextCursor at = sql->document()->find(QStringLiteral("City 3'"));
    at.setPosition(at.selectionEnd() - 1);
    sql->setTextCursor(at);
    sql->setFocus();
    type(sql, 20);
    QVERIFY(panel->query().contains(QStringLiteral("City 3abcdefghijklmnopqrst'")));
}

QTEST_MAIN(bench_Editor)
#include "bench_editor.moc"
