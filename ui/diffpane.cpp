// SPDX-License-Identifier: MIT
#include "diffpane.h"

#include <QFontDatabase>
#include <QTextCursor>

using Kind = QueryDiff::Run::Kind;

namespace {

const QColor addedBackground(0xc6, 0xef, 0xc6);
const QColor removedBackground(0xff, 0xcc, 0xcc);

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QTextCharFormat DiffPane::format(Kind kind)
{
    QTextCharFormat f;
    f.setProperty(KindProperty, int(kind));
    if (kind == Kind::Added) {
        f.setBackground(addedBackground);
    } else if (kind == Kind::Removed) {
        f.setBackground(removedBackground);
        f.setFontStrikeOut(true);
    }
    return f;
}

void DiffPane::showPlain(const QString &text)
{
    setPlainText(text);
}

void DiffPane::showOld(const QueryDiff &diff, const QString &a)
{
    setPlainText(a);
    for (const QueryDiff::Run &run : diff.runs()) {
        if (run.kind == Kind::Removed)
            mark(run.inA, Kind::Removed);
    }
}

void DiffPane::showNew(const QueryDiff &diff, const QString &b)
{
    setPlainText(b);
    for (const QueryDiff::Run &run : diff.runs()) {
        if (run.kind == Kind::Added)
            mark(run.inB, Kind::Added);
    }
}

// Written like QueryDiff::toInlineText, with formats instead of [-…-] and {+…+}: the whitespace
// before a run is its own text's, and none goes between a removal and the addition replacing it.
void DiffPane::showInline(const QueryDiff &diff, const QString &a, const QString &b)
{
    clear();
    QTextCursor cursor(document());
    int posA = 0;
    int posB = 0;
    Kind previous = Kind::Same;
    const QList<QueryDiff::Run> &runs = diff.runs();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QueryDiff::Run &run = runs.at(i);
        const bool inA = run.kind == Kind::Removed;
        const QString gap
            = inA ? a.mid(posA, run.inA.offset - posA) : b.mid(posB, run.inB.offset - posB);
        if (i == 0)
            cursor.insertText(inA ? a.left(run.inA.offset) : b.left(run.inB.offset));
        else if (!(run.kind == Kind::Added && previous == Kind::Removed))
            cursor.insertText(gap, format(Kind::Same));
        else
            cursor.insertText(QStringLiteral(" "), format(Kind::Same));
        cursor.insertText(run.text, format(run.kind));
        if (run.kind != Kind::Added)
            posA = run.inA.end();
        if (run.kind != Kind::Removed)
            posB = run.inB.end();
        previous = run.kind;
    }
    cursor.insertText(b.mid(posB), format(Kind::Same));
}

void DiffPane::mark(const SourceRange &range, Kind kind)
{
    QTextCursor cursor(document());
    cursor.setPosition(range.offset);
    cursor.setPosition(range.end(), QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format(kind));
}

QString markedHtml(const QString &text, Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("<span style=\"background:%1\">%2</span>")
            .arg(addedBackground.name(), text.toHtmlEscaped());
    case Kind::Removed:
        return QStringLiteral("<s style=\"background:%1\">%2</s>")
            .arg(removedBackground.name(), text.toHtmlEscaped());
    case Kind::Same:
        break;
    }
    return text.toHtmlEscaped();
}

QString markedNameHtml(const QString &before, const QString &after)
{
    if (before == after)
        return after.toHtmlEscaped();
    return markedHtml(before, Kind::Removed) + QStringLiteral(" ") + markedHtml(after, Kind::Added);
}
