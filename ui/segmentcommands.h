// SPDX-License-Identifier: MIT
#pragma once

#include "api/segment.h"
#include "flows/batchflow.h"
#include "flows/segmentactionsflow.h"

#include <QObject>

class Clock;
class EditFlow;
class EditGuard;
class EditViews;
class ListFlow;
class QAction;
class QMenu;
class SegmentListPanel;
class WindowStatus;
class QWidget;

/// The Segment menu's actions on segments and the list's context menu: New (from a template),
/// Duplicate, Delete and Recreate, with their dialogs and confirmations; the work itself is
/// SegmentActionsFlow's.
class SegmentCommands : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        SegmentActionsFlow *actions;
        EditFlow *edit;
        ListFlow *lists;
        EditGuard *guard;
        EditViews *views;
        WindowStatus *status;
        SegmentListPanel *list;
        Clock *clock;
        BatchFlow *batch; ///< Delete and Duplicate on a selection of several
    };

    SegmentCommands(Parts parts, QWidget *window);

    /// Adds New, Duplicate, Delete and Recreate to `menu`.
    void addTo(QMenu *menu);
    /// Why segments cannot be changed (a read-only profile or key); empty when they can.
    void setReadOnlyReason(const QString &reason);
    /// `segmentId` opened: the context-menu action that waited for it runs.
    void runWaiting(const QString &segmentId);

Q_SIGNALS:
    /// A delete landed: the list is read again, and its next segment opens.
    void reloadRequested();

private:
    using RowAction = SegmentActionsFlow::RowAction;
    /// The list's context menu acts on the row under the pointer: another segment opens first
    /// (asking about unsaved edits as a click would), then the action runs on it.
    void actOnRow(const QString &id, RowAction action);
    void run(RowAction action);
    void newSegment();
    void duplicateSegment();
    void deleteSegment();
    void recreateSegment();
    /// Duplicate or delete every selected segment, after one confirmation (#21 §1).
    void runOnSelection(BatchFlow::Action kind);
    void showBatch(const QString &title);
    void create(const SegmentCreate &segment);
    void onCreated(const Segment &segment);
    void onRemoved();

    Parts m_parts;
    QWidget *m_window;
    QList<QAction *> m_actions; ///< new, duplicate, delete, recreate
};
