// SPDX-License-Identifier: MIT
// A line too long for Qt to lay out in time (20,000 terms: 1.5 s of the GUI thread in
// bench_hugedata) is shown broken at spaces between tokens, and read, copied and edited as it was
// written.
#include "softbreaks.h"
#include "sqleditor.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTextBlock>

namespace {

/// One line of `terms` conditions, with a string holding spaces in each.
QString longLine(int terms)
{
    QString query = QStringLiteral("SELECT c.contact_id FROM contact_data AS c WHERE c.city = 'a'");
    for (int i = 1; i < terms; ++i)
        query += QStringLiteral(" OR c.city = 'Town %1 with a long name, spaces and all'").arg(i);
    return query;
}

int longestBlock(const QTextDocument *document)
{
    int longest = 0;
    for (QTextBlock b = document->firstBlock(); b.isValid(); b = b.next())
        longest = qMax(longest, b.length());
    return longest;
}

} // namespace

class tst_SoftBreaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLongLineIsShownBrokenAndReadAsWritten();
    void editsAndUndoKeepTheText();
    void copyAndPasteGiveTheTextAsWritten();
};

void tst_SoftBreaks::aLongLineIsShownBrokenAndReadAsWritten()
{
    SqlEditor editor;
    const QString query = longLine(2000); // 100 KB
    editor.setText(query);
    QCOMPARE(editor.text(), query);
    QCOMPARE(editor.toPlainText().size(), query.size()); // offsets mean the same in both
    QVERIFY(editor.document()->blockCount() > 50);
    QVERIFY(longestBlock(editor.document()) < SoftBreaks::LineChars + 100);
    // Broken only between tokens: every string is whole on its line.
    for (QTextBlock b = editor.document()->firstBlock(); b.isValid(); b = b.next())
        QVERIFY2(b.text().count(u'\'') % 2 == 0, qPrintable(b.text()));
    // A usual query is left as it is.
    editor.setText(QStringLiteral("SELECT c.contact_id FROM contact_data AS c WHERE c.x = 1"));
    QCOMPARE(editor.document()->blockCount(), 1);
}

void tst_SoftBreaks::editsAndUndoKeepTheText()
{
    SqlEditor editor;
    QString query = longLine(200);
    editor.setText(query);
    QTextCursor cursor(editor.document());
    cursor.setPosition(5000);
    cursor.insertText(QStringLiteral(" OR c.x = 1"));
    query.insert(5000, QStringLiteral(" OR c.x = 1"));
    QCOMPARE(editor.text(), query);
    cursor.setPosition(100);
    cursor.setPosition(3000, QTextCursor::KeepAnchor); // over a soft break
    cursor.removeSelectedText();
    query.remove(100, 2900);
    QCOMPARE(editor.text(), query);
    editor.undo();
    editor.undo();
    QCOMPARE(editor.text().simplified(), longLine(200).simplified()); // the same query
}

void tst_SoftBreaks::copyAndPasteGiveTheTextAsWritten()
{
    SqlEditor editor;
    const QString query = longLine(500);
    QApplication::clipboard()->setText(query);
    editor.paste();
    QCOMPARE(editor.text(), query);
    QVERIFY(editor.document()->blockCount() > 10);
    QTextCursor cursor(editor.document());
    cursor.setPosition(1000);
    cursor.setPosition(9000, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    editor.copy();
    QCOMPARE(QApplication::clipboard()->text(), query.mid(1000, 8000));
}

QTEST_MAIN(tst_SoftBreaks)
#include "tst_softbreaks.moc"
