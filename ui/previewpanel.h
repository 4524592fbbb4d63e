// SPDX-License-Identifier: MIT
#pragma once

#include "editing/livepreviewresult.h"

#include <QFrame>

class QLabel;

/// The live preview of an unsaved query: how many contacts it matches now and, against the
/// saved query, who would join and who would leave — always labelled as a preview with its
/// time, never mistaken for the segment's saved count. Shown only while the query is edited.
class PreviewPanel : public QFrame
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    /// The searches for the current text are on their way.
    void showSearching();
    void showResult(const LivePreviewResult &result);
    /// Nothing to preview (the query is as saved, or no segment is open): the panel hides.
    void clear();

private:
    /// "12 contacts: a@example.com, b@example.com, …", or why there is no figure.
    static QString describe(const PreviewFigure &figure);

    QLabel *m_heading;
    QLabel *m_matches;
    QLabel *m_joins;
    QLabel *m_leaves;
};
