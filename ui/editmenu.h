// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class EditFlow;
class QMenu;
class SegmentEditorPanel;
class SegmentListPanel;
class QWidget;

/// The Edit menu: undo and redo in the editor with the focus, find, format and revert.
class EditMenu : public QObject
{
    Q_OBJECT

public:
    EditMenu(QMenu *menu, const EditFlow *flow, SegmentEditorPanel *editor, SegmentListPanel *list,
             QWidget *window);

private:
    /// Undo (or redo) in the editor with the focus: a line edit's own, else the query's one
    /// history, which the SQL view and the builder share.
    void undoInFocus(bool redo);
    /// Asks before the edit is dropped, naming what is lost; then reverts.
    void confirmRevert();

    const EditFlow *m_flow;
    SegmentEditorPanel *m_editor;
    QWidget *m_window;
};
