// SPDX-License-Identifier: MIT
#pragma once

#include "local/draftstore.h"

#include <QObject>

class EditFlow;
class ListFlow;
class SegmentEditorPanel;
class SegmentListPanel;
class WindowStatus;
class QWidget;

/// Edits an earlier run left unsaved: once the list is read, the person is asked (once per
/// profile, after any question already showing) whether to restore them in the editor.
class DraftOffer : public QObject
{
    Q_OBJECT

public:
    DraftOffer(ListFlow *lists, EditFlow *edit, SegmentEditorPanel *editor, SegmentListPanel *list,
               WindowStatus *status, QWidget *window);

    void offer();

private:
    void answer(const QList<Draft> &drafts, bool restore);

    ListFlow *m_lists;
    EditFlow *m_edit;
    SegmentEditorPanel *m_editor;
    SegmentListPanel *m_list;
    WindowStatus *m_status;
    QWidget *m_window;
};
