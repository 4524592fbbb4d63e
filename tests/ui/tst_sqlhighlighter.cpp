// SPDX-License-Identifier: MIT
// The SQL highlighter on a real QTextDocument: what each block is coloured as.
#include "query/linter.h"
#include "sqlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

class tst_SqlHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursTokens();
    void commentOverSeveralLines();
    void underlinesDiagnostics();
    void longAndDeepQueries_data();
    void longAndDeepQueries();

private:
    /// The format the highlighter gave the first character of `word` in block `line`.
    static QTextCharFormat formatOf(const QTextDocument &document, int line, const QString &word);
};

QTextCharFormat tst_SqlHighlighter::formatOf(const QTextDocument &document, int line,
                                             const QString &word)
{
    const QTextBlock block = document.findBlockByNumber(line);
    const int at = int(block.text().indexOf(word));
    if (at < 0)
        qFatal("\"%s\" is not on line %d", qPrintable(word), line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (at >= r.start && at < r.start + r.length)
            return r.format;
    }
    return {};
}

void tst_SqlHighlighter::coloursTokens()
{
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("SELECT contact_id FROM contact_data\n"
                                         "WHERE city = 'Osaka' AND age > 30 -- adults"));
    highlighter.rehighlight(); // as the editor does after each lint
    QCOMPARE(formatOf(document, 0, QStringLiteral("SELECT")).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatOf(document, 0, QStringLiteral("contact_id")).fontWeight(), int(QFont::Normal));
    QCOMPARE(formatOf(document, 1, QStringLiteral("WHERE")).fontWeight(), int(QFont::Bold));
    const QColor string = formatOf(document, 1, QStringLiteral("'Osaka'")).foreground().color();
    const QColor number = formatOf(document, 1, QStringLiteral("30")).foreground().color();
    const QColor comment = formatOf(document, 1, QStringLiteral("-- adults")).foreground().color();
    QVERIFY(string.isValid() && number.isValid() && comment.isValid());
    QVERIFY(string != number && number != comment && string != comment);
}

void tst_SqlHighlighter::commentOverSeveralLines()
{
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("SELECT contact_id /* left out:\n"
                                         "WHERE city = 'Osaka'\n"
                                         "AND country */ FROM contact_data\n"
                                         "WHERE country = 'Japan'"));
    highlighter.rehighlight(); // as the editor does after each lint
    const QColor comment = formatOf(document, 0, QStringLiteral("/* left")).foreground().color();
    // Inside the comment nothing is a keyword or a string, on every line it spans.
    QCOMPARE(formatOf(document, 1, QStringLiteral("WHERE")).foreground().color(), comment);
    QCOMPARE(formatOf(document, 1, QStringLiteral("WHERE")).fontWeight(), int(QFont::Normal));
    QCOMPARE(formatOf(document, 1, QStringLiteral("'Osaka'")).foreground().color(), comment);
    QCOMPARE(formatOf(document, 2, QStringLiteral("AND")).foreground().color(), comment);
    // After */ the code is code again, on the same line and the next.
    QCOMPARE(formatOf(document, 2, QStringLiteral("FROM")).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatOf(document, 3, QStringLiteral("WHERE")).fontWeight(), int(QFont::Bold));

    // Closing the comment earlier re-colours the lines after it.
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" */"));
    highlighter.rehighlight();
    QCOMPARE(formatOf(document, 1, QStringLiteral("WHERE")).fontWeight(), int(QFont::Bold));
}

void tst_SqlHighlighter::underlinesDiagnostics()
{
    const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data\n"
                                         "WHERE frist_name = 'Ada'");
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(query);
    highlighter.rehighlight(); // as the editor does after each lint
    highlighter.setDiagnostics(QueryLinter::lint(query, {}));
    const QTextCharFormat underlined = formatOf(document, 1, QStringLiteral("frist_name"));
    QCOMPARE(underlined.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    QVERIFY(underlined.toolTip().contains(QStringLiteral("first_name")));
    QCOMPARE(formatOf(document, 1, QStringLiteral("'Ada'")).underlineStyle(),
             QTextCharFormat::NoUnderline);
}

// What the editor does with every text a person can paste: highlight it and underline what the
// linter says, in bounded time and stack.
void tst_SqlHighlighter::longAndDeepQueries_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("tooDeep");
    QStringList terms;
    for (int i = 0; i < 100000; ++i)
        terms << QStringLiteral("city = 'c%1'").arg(i);
    QTest::newRow("100,000 OR") << terms.join(QStringLiteral(" OR ")) << false;
    QTest::newRow("20,000 NOT") << QStringLiteral("NOT ").repeated(20000) + QStringLiteral("a = 1")
                                << true;
    QTest::newRow("20,000 (") << QStringLiteral("(").repeated(20000) + QStringLiteral("a = 1")
            + QStringLiteral(")").repeated(20000)
                              << true;
}

void tst_SqlHighlighter::longAndDeepQueries()
{
    QFETCH(QString, where);
    QFETCH(bool, tooDeep);
    const QString query
        = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE\n") + where;
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(query);
    highlighter.rehighlight();
    const QList<Diagnostic> diagnostics = QueryLinter::lint(query, {});
    highlighter.setDiagnostics(diagnostics);
    QCOMPARE(hasErrors(diagnostics), tooDeep);
    QVERIFY(!document.findBlockByNumber(1).layout()->formats().isEmpty());
}

QTEST_MAIN(tst_SqlHighlighter)
#include "tst_sqlhighlighter.moc"
