// SPDX-License-Identifier: MIT
#pragma once

#include "query/querydiff.h"

#include <QPlainTextEdit>

/// A read-only query with the runs of a QueryDiff marked in its document's character formats:
/// additions on green, removals struck through on red. Each marked fragment carries its run
/// kind in KindProperty, so tests (and screen readers' tooltips) can tell which is which.
class DiffPane : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;

    explicit DiffPane(QWidget *parent = nullptr);

    /// The older text `a` with what `diff` removed from it marked.
    void showOld(const QueryDiff &diff, const QString &a);
    /// The newer text `b` with what `diff` added to it marked.
    void showNew(const QueryDiff &diff, const QString &b);
    /// `b` with the additions marked and the removals from `a` put back in, struck through,
    /// where they were: one pane that shows both kinds of change.
    void showInline(const QueryDiff &diff, const QString &a, const QString &b);
    /// `text` with nothing marked.
    void showPlain(const QString &text);

    static QTextCharFormat format(QueryDiff::Run::Kind kind);

private:
    void mark(const SourceRange &range, QueryDiff::Run::Kind kind);
};

/// `text` as rich text in the colours (and strike-through) of `kind`.
QString markedHtml(const QString &text, QueryDiff::Run::Kind kind);
/// A name before and after, as rich text: unchanged, or the old one struck through on red
/// followed by the new one on green.
QString markedNameHtml(const QString &before, const QString &after);
