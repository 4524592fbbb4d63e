// SPDX-License-Identifier: MIT
// The SQL highlighter on a real QTextDocument: what each block is coloured as.
#include "query/linter.h"
#include "sqlhighlighter.h"

#include <QSignalSpy>
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
    void newUnderlinesAreNoEdit();
    void manyUnderlinesComeInSlices();
    void aVeryLongLineIsUnderlinedNotColoured();
    void aHugePasteIsColouredInSlicesLikeASmallOne();

private:
    static bool underlined(const QTextDocument &document, int line, const QString &word)
    {
        return formatOf(document, line, word).underlineStyle()
            == QTextCharFormat::SpellCheckUnderline;
    }
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
    // Lines this long are not coloured (LongLineChars); their errors are still underlined.
    QVERIFY(where.size() > SqlHighlighter::LongLineChars);
    QCOMPARE(!document.findBlockByNumber(1).layout()->formats().isEmpty(), tooDeep);
}

// The editor takes textChanged for an edit: new underlines must not say the text changed (it
// re-read and re-linted a whole query after every lint).
void tst_SqlHighlighter::newUnderlinesAreNoEdit()
{
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(
        QStringLiteral("SELECT contact_id FROM contact_data\nWHERE town = 'Osaka'"));
    QSignalSpy changed(&document, &QTextDocument::contentsChanged);
    const int at = int(document.toPlainText().indexOf(u"town"));
    highlighter.setDiagnostics(
        {{Diagnostic::Severity::Warning, {at, 4}, 2, 7, "unknown", {}, {}, {}}});
    QVERIFY(underlined(document, 1, QStringLiteral("town")));
    QCOMPARE(changed.count(), 0);
}

// 20,000 lines with a warning each: the underlines come a slice at a time, between turns of the
// event loop, instead of in one pass that would stall the window.
void tst_SqlHighlighter::manyUnderlinesComeInSlices()
{
    QString text = QStringLiteral("SELECT contact_id FROM contact_data WHERE town = 'T0'");
    QList<Diagnostic> warnings;
    for (int i = 1; i < 20000; ++i) {
        const QString line = QStringLiteral("\nOR town = 'T%1'").arg(i);
        warnings.append({Diagnostic::Severity::Warning,
                         {int(text.size()) + 4, 4},
                         i + 1,
                         4,
                         "unknown",
                         {},
                         {},
                         {}});
        text += line;
    }
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(text);
    highlighter.setDiagnostics(warnings);
    QVERIFY(highlighter.isUnderlining()); // not all in one go
    QVERIFY(underlined(document, 1, QStringLiteral("town"))); // the first slice at once
    QTRY_VERIFY(!highlighter.isUnderlining());
    QVERIFY(underlined(document, 19999, QStringLiteral("town")));
    QVERIFY(!underlined(document, 0, QStringLiteral("town")));
    // Taken away again, line by line, the same way.
    highlighter.setDiagnostics({});
    QTRY_VERIFY(!highlighter.isUnderlining());
    QVERIFY(!underlined(document, 19999, QStringLiteral("town")));
}

void tst_SqlHighlighter::aVeryLongLineIsUnderlinedNotColoured()
{
    QString line = QStringLiteral("SELECT contact_id FROM contact_data WHERE city = 'C0'");
    while (line.size() <= SqlHighlighter::LongLineChars)
        line += QStringLiteral(" OR city = 'C%1'").arg(line.size());
    line += QStringLiteral(" OR town = 'X'");
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(line + QStringLiteral("\nAND country = 'Peru'"));
    const int at = int(line.indexOf(u"town"));
    highlighter.setDiagnostics(
        {{Diagnostic::Severity::Warning, {at, 4}, 1, at + 1, "unknown", {}, {}, {}}});
    QTRY_VERIFY(!highlighter.isColouring());
    QVERIFY(underlined(document, 0, QStringLiteral("town")));
    QCOMPARE(formatOf(document, 0, QStringLiteral("SELECT")).fontWeight(), int(QFont::Normal));
    QCOMPARE(formatOf(document, 1, QStringLiteral("AND")).fontWeight(), int(QFont::Bold));
}

// 20,000 lines come in one edit: they are coloured a slice at a time between turns of the event
// loop, and edits made meanwhile (a comment opened above lines already coloured, lines taken out
// of those still waiting) are honoured: in the end every line is coloured as in a document
// coloured whole at once.
void tst_SqlHighlighter::aHugePasteIsColouredInSlicesLikeASmallOne()
{
    QString text = QStringLiteral("SELECT contact_id FROM contact_data WHERE city = 'C0'");
    for (int i = 1; i < 20000; ++i)
        text += QStringLiteral("\nOR (city = 'C%1' AND age > %1) -- line %1").arg(i);
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    QTextCursor(&document).insertText(text);
    QVERIFY(highlighter.isColouring()); // not all in one go
    QCOMPARE(formatOf(document, 1, QStringLiteral("AND")).fontWeight(), int(QFont::Bold));
    QTextCursor edit(document.findBlockByNumber(3));
    edit.insertText(QStringLiteral("/* "));
    edit.setPosition(document.findBlockByNumber(5).position());
    edit.insertText(QStringLiteral("*/ "));
    edit.setPosition(document.findBlockByNumber(15000).position());
    edit.setPosition(document.findBlockByNumber(15100).position(), QTextCursor::KeepAnchor);
    edit.removeSelectedText();
    QTRY_VERIFY_WITH_TIMEOUT(!highlighter.isColouring(), 30000);

    QTextDocument whole;
    SqlHighlighter wholeHighlighter(&whole);
    whole.setPlainText(document.toPlainText());
    wholeHighlighter.rehighlight();
    QCOMPARE(document.blockCount(), whole.blockCount());
    for (QTextBlock a = document.begin(), b = whole.begin(); a.isValid();
         a = a.next(), b = b.next()) {
        if (a.layout()->formats() != b.layout()->formats())
            QFAIL(qPrintable(QStringLiteral("line %1 coloured otherwise").arg(a.blockNumber())));
    }
    QCOMPARE(formatOf(document, 4, QStringLiteral("AND")).fontWeight(), int(QFont::Normal));
}

QTEST_MAIN(tst_SqlHighlighter)
#include "tst_sqlhighlighter.moc"
