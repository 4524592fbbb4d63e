// SPDX-License-Identifier: MIT
#pragma once

#include "diffview.h"
#include "local/historyversion.h"

#include <QWidget>

class Clock;
class HistoryModel;
class QLabel;
class QPushButton;
class QTableView;

/// The versions of the open segment (newest first) over a side-by-side comparison: one
/// selected version is compared with the one before it, two selected with each other.
/// "Restore this version" asks the window to put the selected one into the editor.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    /// `clock` gives the time "12 min ago" counts from.
    explicit HistoryPanel(Clock *clock, QWidget *parent = nullptr);

    /// `versions` oldest first, as HistoryStore gives them.
    void showVersions(const QList<HistoryVersion> &versions);
    /// Says why there is nothing to show (no history store, no segment, a read error).
    void showMessage(const QString &message);
    /// Selects versions `older` and `newer` (by number) and compares them; false if either is
    /// not listed.
    bool compare(int older, int newer);
    /// Selects version `number` alone; false if it is not listed.
    bool selectVersion(int number);
    const HistoryModel *model() const { return m_model; }
    DiffView *diffView() const { return m_diff; }
    /// What the button acting on the selected version says and explains.
    void setRestoreAction(const QString &text, const QString &toolTip);

Q_SIGNALS:
    void restoreRequested(const HistoryVersion &version);

protected:
    /// Ages count from the moment the panel is shown, not from when the versions were read.
    void showEvent(QShowEvent *event) override;

private:
    void setUpTable();
    QWidget *versionsPane();
    void onSelectionChanged();
    QList<int> selectedRows() const;
    DiffView::Side side(const HistoryVersion &version) const;

    Clock *m_clock;
    HistoryModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_restore;
    DiffView *m_diff;
};
