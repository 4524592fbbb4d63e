// SPDX-License-Identifier: MIT
#pragma once

#include "query/querydiff.h"

#include <QWidget>

class DiffPane;
class QLabel;

/// Two versions of a segment side by side: the older one on the left with what was removed
/// struck through, the newer one on the right with what was added marked (QueryDiff on the
/// query's tokens, so a changed value in a one-line query is just that value).
class DiffView : public QWidget
{
    Q_OBJECT

public:
    struct Side
    {
        QString title; ///< e.g. "Version 1, 12 min ago"
        QString name;
        QString queryDsl;
    };

    explicit DiffView(QWidget *parent = nullptr);

    void compare(const Side &older, const Side &newer);
    void clear();
    DiffPane *olderPane() const { return m_olderQuery; }
    DiffPane *newerPane() const { return m_newerQuery; }
    /// The summary above the panes ("No differences", "2 changes").
    QString summary() const;

    /// Changes in `diff`, a replacement (a removal and the addition in its place) counting once.
    static int changeCount(const QueryDiff &diff);

private:
    QWidget *column(QLabel *title, QLabel *name, DiffPane *query);

    QLabel *m_summary;
    QLabel *m_olderTitle;
    QLabel *m_newerTitle;
    QLabel *m_olderName;
    QLabel *m_newerName;
    DiffPane *m_olderQuery;
    DiffPane *m_newerQuery;
};
