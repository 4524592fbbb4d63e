// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class Clock;
class EditFlow;
class EditGuard;
class EditViews;
class HistoryFlow;
class HistoryPanel;
struct HistoryVersion;
class QMainWindow;

/// The History dock (View > History, Ctrl+H): the open segment's versions and comparisons,
/// and a version restored into the editor as an edit to review and save.
class HistoryDock : public QObject
{
    Q_OBJECT

public:
    HistoryDock(HistoryFlow *history, EditFlow *edit, EditGuard *guard, EditViews *views,
                Clock *clock, QMainWindow *window);

    /// Reads the open segment's versions again: every version is recorded before this runs.
    void refresh();

private:
    void restore(const HistoryVersion &version);

    HistoryFlow *m_history;
    EditFlow *m_edit;
    EditGuard *m_guard;
    EditViews *m_views;
    HistoryPanel *m_panel;
};
