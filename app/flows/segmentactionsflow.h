// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "api/segmentsapi.h"

#include <QObject>
#include <QSet>

class ApiCall;
class EditFlow;
class HistoryFlow;
struct HistoryVersion;
class SegmentTableModel;
struct WriteOutcome;

/// The segment actions, without widgets: new (from a template), duplicate, delete and recreate
/// (a deleted segment from its local history), the row a context-menu action waits to open,
/// and the notice said once the next segment is open. The window asks before (names, the
/// delete confirmation, production) and shows what this reports.
class SegmentActionsFlow : public QObject
{
    Q_OBJECT

public:
    /// What the list's context menu asked for on a row other than the open one.
    enum class RowAction { None, Duplicate, Delete };

    SegmentActionsFlow(SegmentsApi *api, EditFlow *edit, const HistoryFlow *history,
                       const SegmentTableModel *listed, QObject *parent = nullptr);

    /// The open segment's copy, named so that no listed segment has the name.
    SegmentCreate duplicateOfCurrent(const QStringList &takenNames) const;
    /// A new segment from a version in the history, under a name not taken.
    static SegmentCreate fromVersion(const HistoryVersion &version, const QStringList &takenNames);
    /// Why the open segment cannot be deleted now; empty when it can.
    QString whyNotDelete() const;
    /// Why no deleted segment can be recreated now (`listLoaded`: the account's list was read,
    /// so it is known which are gone); empty when one can.
    QString whyNotRecreate(bool listLoaded) const;
    QSet<QString> listedIds() const;
    const HistoryFlow *history() const { return m_history; }

    /// Sends the create: busy(), then created() or failed().
    void create(const SegmentCreate &segment);
    /// Deletes `doomed`, its draft and what is open of it: busy(), then removed() or failed().
    void remove(const Segment &doomed);
    /// `action` on row `id`: true when `id` is open and it runs now; otherwise it waits for
    /// `id` to open (takeRowAction()).
    bool actOnRow(const QString &id, RowAction action);
    /// The action waiting for `openedId`, once; None when there is none for it.
    RowAction takeRowAction(const QString &openedId);
    /// The person stayed on the segment they edit: the waiting action is dropped.
    void dropRowAction() { m_rowAction = {}; }
    /// What the last create or delete said, once, for when the next segment is open.
    QString takeNotice() { return std::exchange(m_notice, QString()); }

Q_SIGNALS:
    void busy(const QString &what, ApiCall *call);
    void failed(const QString &what, const ApiError &error);
    void created(const Segment &segment);
    void removed(const Segment &segment);

private:
    void onCreated(const WriteOutcome &outcome);

    SegmentsApi *m_api;
    EditFlow *m_edit;
    const HistoryFlow *m_history;
    const SegmentTableModel *m_listed;
    QString m_notice;
    QString m_rowId; ///< the row a context-menu action waits for
    RowAction m_rowAction = RowAction::None;
};
