// SPDX-License-Identifier: MIT
#include "segmentactionsflow.h"

#include "editing/editflow.h"
#include "editing/namerules.h"
#include "editing/segmentwrite.h"
#include "historyflow.h"
#include "local/historyversion.h"
#include "models/segmenttablemodel.h"

SegmentActionsFlow::SegmentActionsFlow(SegmentsApi *api, EditFlow *edit, const HistoryFlow *history,
                                       const SegmentTableModel *listed, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_edit(edit)
    , m_history(history)
    , m_listed(listed)
{ }

SegmentCreate SegmentActionsFlow::duplicateOfCurrent(const QStringList &takenNames) const
{
    const Segment &original = m_edit->current();
    return {NameRules::copyName(original.name, takenNames), original.queryDsl,
            original.parentListIds};
}

SegmentCreate SegmentActionsFlow::fromVersion(const HistoryVersion &version,
                                              const QStringList &takenNames)
{
    return {NameRules::uniqueName(version.name, takenNames), version.queryDsl, {}};
}

QString SegmentActionsFlow::whyNotDelete() const
{
    if (m_edit->isSaving())
        return tr("\"%1\" is being saved: delete it once the save has landed.")
            .arg(m_edit->current().name);
    return {};
}

// A deleted segment's versions stay in the local history: one of them becomes a new segment.
QString SegmentActionsFlow::whyNotRecreate(bool listLoaded) const
{
    if (!m_history->isKept())
        return tr("No local history is kept for this session: nothing to recreate.");
    // Which segments are gone is known only from a list read from the account.
    if (!listLoaded)
        return tr("Load the segment list first (F5): only then is it known which segments were "
                  "deleted.");
    return {};
}

QSet<QString> SegmentActionsFlow::listedIds() const
{
    QSet<QString> listed;
    for (const SegmentSummary &s : m_listed->segments())
        listed.insert(s.id);
    return listed;
}

// A reply that does not say whether the segment was made (a gateway's 502 or 504, a body cut
// short) is checked by the segment's name: "retry later" made a second copy of a duplicate.
void SegmentActionsFlow::create(const SegmentCreate &segment)
{
    auto *write = SegmentWrite::create(m_api, segment, this);
    connect(write, &SegmentWrite::callStarted, this, [this, segment](ApiCall *call) {
        Q_EMIT busy(tr("Creating \"%1\"…").arg(segment.name), call);
    });
    connect(write, &SegmentWrite::finished, this, &SegmentActionsFlow::onCreated);
    write->start();
}

void SegmentActionsFlow::onCreated(const WriteOutcome &outcome)
{
    if (outcome.fate != WriteOutcome::Fate::Written)
        return Q_EMIT failed(tr("Not created"), outcome.error);
    m_notice = tr("Created \"%1\".").arg(outcome.segment->name); // once open
    m_edit->recordSaved(*outcome.segment);
    Q_EMIT created(*outcome.segment);
}

void SegmentActionsFlow::remove(const Segment &doomed)
{
    ApiCall *call
        = m_api->remove(doomed.id, this, [this, doomed](const ApiResult<NoContent> &deleted) {
              if (!deleted.isOk())
                  return Q_EMIT failed(tr("Not deleted"), deleted.error);
              m_edit->removeDraft(doomed.id);
              m_edit->closeSegment();
              m_notice = tr("Deleted \"%1\".").arg(doomed.name);
              Q_EMIT removed(doomed);
          });
    Q_EMIT busy(tr("Deleting \"%1\"…").arg(doomed.name), call);
}

bool SegmentActionsFlow::actOnRow(const QString &id, RowAction action)
{
    if (id == m_edit->current().id)
        return true;
    m_rowId = id;
    m_rowAction = action;
    return false;
}

SegmentActionsFlow::RowAction SegmentActionsFlow::takeRowAction(const QString &openedId)
{
    const RowAction action = std::exchange(m_rowAction, RowAction::None);
    return m_rowId == openedId ? action : RowAction::None;
}
