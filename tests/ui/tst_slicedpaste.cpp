// SPDX-License-Identifier: MIT
// The SQL editor's text is kept in step with each edit (DocumentText) instead of being copied
// whole after every key, and a long paste goes in by slices between turns of the event loop
// (SlicedPaste), as one undoable edit. Both must give exactly what a whole copy would.
#include "documenttext.h"
#include "slicedpaste.h"
#include "softbreaks.h"
#include "sqleditor.h"
#include "sqlhighlighter.h"

#include "query/querylimits.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextDocumentLayout>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace {

/// `lines` lines of conditions, every `longEvery`th of them too long to lay out unbroken.
QString manyLines(int lines, int longEvery)
{
    QString query = QStringLiteral("SELECT c.contact_id FROM contact_data AS c WHERE c.x = 0");
    for (int i = 1; i < lines; ++i) {
        query += QStringLiteral("\n  OR c.city = 'Town %1'").arg(i);
        if (i % longEvery == 0) {
            for (int j = 0; j < 200; ++j)
                query += QStringLiteral(" OR c.city = 'Place %1 %2'").arg(i).arg(j);
        }
    }
    return query;
}

/// New colours for `block`, as the highlighter gives them, without telling the document.
void recolour(const QTextBlock &block)
{
    QTextLayout::FormatRange range;
    range.start = 0;
    range.length = qMax(1, block.length() - 1);
    range.format.setForeground(QColor(QRandomGenerator::global()->generate() | 0xff000000u));
    block.layout()->setFormats({range});
}

void paste(SqlEditor &editor, const QString &text)
{
    QApplication::clipboard()->setText(text);
    editor.paste();
}

} // namespace

class tst_SlicedPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFollowsEveryKindOfEdit();
    void aLongPasteGoesInBySlicesAsOneEdit();
    void typingDuringAPasteGoesAfterIt();
    void aLongSelectionIsReplacedBySlices();
    void recolouringKeepsTheSoftBreaks();
    void aKeyAfterColouringKeepsTheSoftBreaks();
    void aSliceReportedWithColouredLinesKeepsItsBreaks();
    void aNewTextDropsTheRestOfAPaste();
    void anUndoBetweenSlicesDropsTheRest();
    void utf8SizeIsCountedWithoutConverting();
};

// Random edits of every kind a document takes; after each, the text kept in step is what a
// whole copy with the soft breaks given back makes.
void tst_SlicedPaste::textFollowsEveryKindOfEdit()
{
    QTextDocument document;
    // As in the editor: a document without a layout reports no change at all.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    SoftBreaks breaks;
    DocumentText text(&document, &breaks);
    QObject::connect(&document, &QTextDocument::contentsChange,
                     [&](int position, int removed, int added) {
                         breaks.edited(position, removed, added);
                         text.edited(position, removed, added);
                     });
    const QString first = breaks.prepare(manyLines(300, 40));
    breaks.expect({0, 0, int(first.size()), breaks.prepared()});
    document.setPlainText(first);
    breaks.forgetExpected();
    QRandomGenerator random(20261207);
    for (int step = 0; step < 600; ++step) {
        QCOMPARE(text.text().size(), document.characterCount() - 1); // read, so kept from now
        const int size = document.characterCount() - 1;
        QTextCursor cursor(&document);
        const int at = random.bounded(size + 1);
        cursor.setPosition(at);
        cursor.setPosition(qMin(size, at + random.bounded(40)), QTextCursor::KeepAnchor);
        switch (random.bounded(6)) {
        case 0:
            cursor.insertText(QStringLiteral("x 'O''B' \u00e9"));
            break;
        case 1:
            cursor.removeSelectedText();
            break;
        case 2: { // a paste of lines, some too long to lay out
            const QString shown = breaks.prepare(manyLines(3 + random.bounded(30), 7));
            const int start = cursor.selectionStart();
            breaks.expect(
                {start, cursor.selectionEnd() - start, int(shown.size()), breaks.prepared()});
            cursor.insertText(shown);
            breaks.forgetExpected();
            break;
        }
        case 3:
            document.undo();
            break;
        case 4: // new colours: the next edit reports the line as changed with it
            recolour(cursor.block());
            break;
        default:
            document.redo();
            break;
        }
        QString whole = document.toPlainText();
        breaks.restore(whole);
        QCOMPARE(text.text(), whole);
    }
}

void tst_SlicedPaste::aLongPasteGoesInBySlicesAsOneEdit()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 1 -- before"));
    editor.moveCursor(QTextCursor::End);
    const QString before = editor.text();
    const QString query = manyLines(20000, 500); // 1 MB, with lines too long to lay out
    QVERIFY(query.size() > 10 * SlicedPaste::SliceChars);
    QSignalSpy changes(editor.document(), &QTextDocument::contentsChange);
    paste(editor, query);
    auto *slices = editor.findChild<SlicedPaste *>();
    QVERIFY(slices->isRunning()); // not all of it before the event loop turns
    QVERIFY(editor.toPlainText().size() < before.size() + query.size());
    QTRY_VERIFY(!slices->isRunning());
    QVERIFY2(changes.size() >= 10, qPrintable(QString::number(changes.size())));
    QCOMPARE(editor.text(), before + query);
    QCOMPARE(editor.textCursor().position(), (before + query).size());
    editor.undo(); // all of the paste, in one step
    QCOMPARE(editor.text(), before);
    editor.redo();
    // As after any undo over soft breaks: they come back as the line breaks the document held.
    QCOMPARE(editor.text().simplified(), (before + query).simplified());
}

void tst_SlicedPaste::typingDuringAPasteGoesAfterIt()
{
    SqlEditor editor;
    const QString query = manyLines(5000, 1000);
    editor.selectAll();
    paste(editor, query);
    QVERIFY(editor.findChild<SlicedPaste *>()->isRunning());
    QTest::keyClicks(&editor, QStringLiteral(" OR c.x = 1"));
    QCOMPARE(editor.text(), query + QStringLiteral(" OR c.x = 1"));
}

void tst_SlicedPaste::aLongSelectionIsReplacedBySlices()
{
    SqlEditor editor;
    const QString old = manyLines(20000, 500);
    editor.setText(old);
    editor.selectAll();
    paste(editor, QStringLiteral("SELECT 4"));
    auto *slices = editor.findChild<SlicedPaste *>();
    QVERIFY(slices->isRunning()); // the old text is still going
    QTRY_VERIFY(!slices->isRunning());
    QCOMPARE(editor.text(), QStringLiteral("SELECT 4"));
    editor.undo(); // one step
    QCOMPARE(editor.text().simplified(), old.simplified());
}

// The highlighter reports each line it colours as changed, with the same text: the soft break
// at its end must stay a space in the text (it became a line break, timing permitting).
void tst_SlicedPaste::recolouringKeepsTheSoftBreaks()
{
    SqlEditor editor;
    const QString query = manyLines(200, 50);
    editor.setText(query);
    QVERIFY(editor.document()->blockCount() > 200); // broken lines
    editor.document()->markContentsDirty(0, editor.document()->characterCount() - 1);
    QCOMPARE(editor.text(), query);
}

// Qt reports lines given new colours as part of the next edit (from the first such line to the
// key): the highlighter hands them over as it colours, so the key's change is the key's only.
void tst_SlicedPaste::aKeyAfterColouringKeepsTheSoftBreaks()
{
    SqlEditor editor;
    const QString query = manyLines(20000, 500); // many slices of colouring
    editor.setText(query);
    auto *highlighter = editor.document()->findChild<SqlHighlighter *>();
    QVERIFY(highlighter->isColouring());
    QTRY_VERIFY(!highlighter->isColouring());
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_X);
    QCOMPARE(editor.text(), query + u'x');
}

// Whatever Qt reports around a slice (lines recoloured since the last one), the slice's soft
// breaks go where the slice went in.
void tst_SlicedPaste::aSliceReportedWithColouredLinesKeepsItsBreaks()
{
    SqlEditor editor;
    const QString query = manyLines(3000, 40);
    paste(editor, query);
    auto *slices = editor.findChild<SlicedPaste *>();
    QTextDocument *document = editor.document();
    while (slices->isRunning()) {
        recolour(document->findBlockByNumber(document->blockCount() / 2));
        QCoreApplication::processEvents();
    }
    QCOMPARE(editor.text(), query);
}

void tst_SlicedPaste::aNewTextDropsTheRestOfAPaste()
{
    SqlEditor editor;
    paste(editor, manyLines(5000, 1000));
    auto *slices = editor.findChild<SlicedPaste *>();
    QVERIFY(slices->isRunning());
    editor.setText(QStringLiteral("SELECT 2")); // another segment opened
    QVERIFY(!slices->isRunning());
    QTest::qWait(0);
    QCOMPARE(editor.text(), QStringLiteral("SELECT 2"));
}

void tst_SlicedPaste::anUndoBetweenSlicesDropsTheRest()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 3"));
    editor.moveCursor(QTextCursor::End);
    paste(editor, manyLines(5000, 1000));
    auto *slices = editor.findChild<SlicedPaste *>();
    QVERIFY(slices->isRunning());
    editor.undo(); // from the Edit menu, which no key goes through
    QTRY_VERIFY(!slices->isRunning());
    QCOMPARE(editor.text(), QStringLiteral("SELECT 3"));
}

void tst_SlicedPaste::utf8SizeIsCountedWithoutConverting()
{
    for (const QString &text :
         {QString(), QStringLiteral("city = 'Köln' AND name = '東京' AND x = '😀'"),
          QStringLiteral("a\u00e9\u20ac"), QString(QChar(0xd800)) + QStringLiteral("x")}) {
        const qsizetype expected = text.contains(QChar(0xd800)) ? 4 : text.toUtf8().size();
        QCOMPARE(QueryLimits::utf8Bytes(text), expected);
    }
}

QTEST_MAIN(tst_SlicedPaste)
#include "tst_slicedpaste.moc"
