// SPDX-License-Identifier: MIT
// EditFlow: open, drafts, history, recount and the validation follow-up. Saving: editflowsave.cpp.
#include "editflow.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "common/clock.h"
#include "editing/countfollower.h"
#include "editing/erroradvice.h"
#include "editing/refreshquota.h"
#include "editing/savesession.h"
#include "editing/validationfollower.h"
#include "local/draftstore.h"
#include "local/historystore.h"

EditFlow::EditFlow(SegmentsApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_follower(new ValidationFollower(api, this))
    , m_counter(new CountFollower(api, this))
{
    // A draft write takes 1–20 ms: it happens when typing pauses, not at every keystroke. A
    // crash loses at most the last pause's typing; everything that could lose more writes first.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(300);
    connect(&m_draftTimer, &QTimer::timeout, this, &EditFlow::writeDraft);
    connectFollower();
    connectCounter();
}

EditFlow::~EditFlow()
{
    writePendingDraft(); // the edit of the last pause in typing is not lost
}

void EditFlow::setHistory(HistoryStore *history, const QString &profileId)
{
    m_history = history;
    m_profileId = profileId;
}

void EditFlow::setDraftPause(int milliseconds)
{
    m_draftTimer.setInterval(milliseconds);
}

QDateTime EditFlow::queryEditedAt() const
{
    return m_queryEditedAt.value(m_current.id);
}

bool EditFlow::isSaving() const
{
    return m_save;
}

bool EditFlow::isFollowing() const
{
    return m_follower->isActive();
}

bool EditFlow::isBusy() const
{
    return m_call || m_save || m_follower->isActive();
}

void EditFlow::open(const QString &id)
{
    m_follower->cancel();
    m_counter->cancel();
    load(id);
}

void EditFlow::closeSegment()
{
    writePendingDraft();
    m_follower->cancel();
    m_counter->cancel();
    if (m_call)
        m_call->cancel();
    m_current = {};
    m_edit = {};
    m_dirty = false;
}

void EditFlow::load(const QString &id)
{
    writePendingDraft(); // kept under the segment it belongs to
    if (m_call)
        m_call->cancel();
    Q_EMIT busy(tr("Opening segment…"));
    m_call = m_api->get(id, true, this, [this](const auto &result) { onLoaded(result); });
}

void EditFlow::onLoaded(const ApiResult<Segment> &result)
{
    m_call = nullptr;
    writePendingDraft(); // typed while the other segment was being read: kept under its own
    const DeferredProblems deferred(this);
    if (!result.isOk())
        return Q_EMIT failed(ErrorAdvice::describe(tr("Opening the segment failed"), result.error),
                             result.error);
    m_current = *result.value;
    recordVersion(m_current, false);
    const std::optional<Draft> draft = keptDraft(m_current.id);
    m_edit = draft ? SegmentEdit {draft->name, draft->queryDsl}
                   : SegmentEdit {m_current.name, m_current.queryDsl};
    m_dirty = draft.has_value();
    if (m_current.status.validation() == SegmentStatus::Validation::Pending)
        m_follower->follow(m_current.id); // someone's edit is still being checked
    followCount();
    Q_EMIT segmentChanged(m_current); // lists show each segment as last read
    Q_EMIT opened(m_current, draft);
}

std::optional<Draft> EditFlow::keptDraft(const QString &segmentId)
{
    const Result<std::optional<Draft>> found = m_drafts->find(segmentId);
    if (!checkStore(tr("Local drafts"), found.isOk() ? QString() : found.error()))
        return std::nullopt;
    return found.value();
}

void EditFlow::noteEdit(const SegmentEdit &edit, bool dirty)
{
    if (m_current.id.isEmpty() || (edit == m_edit && dirty == m_dirty))
        return;
    m_edit = edit;
    m_dirty = dirty;
    m_draftTimer.start();
}

void EditFlow::writePendingDraft()
{
    if (m_draftTimer.isActive())
        writeDraft();
}

void EditFlow::writeDraft()
{
    m_draftTimer.stop();
    if (m_current.id.isEmpty())
        return;
    if (!m_dirty)
        return removeDraft(m_current.id);
    const VoidResult written = m_drafts->save({m_current.id, m_edit.name, m_edit.queryDsl,
                                               m_current.updatedAt.raw, m_api->clock()->now()});
    checkStore(tr("Local drafts"), written.isOk() ? QString() : written.error());
}

void EditFlow::discardDraft()
{
    m_draftTimer.stop();
    m_edit = {m_current.name, m_current.queryDsl};
    m_dirty = false;
    removeDraft(m_current.id);
}

void EditFlow::removeDraft(const QString &segmentId)
{
    if (segmentId.isEmpty())
        return;
    const VoidResult removed = m_drafts->remove(segmentId);
    checkStore(tr("Local drafts"), removed.isOk() ? QString() : removed.error());
}

bool EditFlow::checkStore(const QString &what, const QString &error)
{
    if (error.isEmpty())
        return true;
    const QString problem = QStringLiteral("%1: %2").arg(what, error);
    if (m_deferring)
        m_problems << problem;
    else
        Q_EMIT storageProblem(problem);
    return false;
}

// A store's failure during an open or a save is said after its outcome, which would otherwise
// replace it in the status line at once.
EditFlow::DeferredProblems::DeferredProblems(EditFlow *flow)
    : m_flow(flow)
{
    m_flow->m_deferring = true;
}

EditFlow::DeferredProblems::~DeferredProblems()
{
    m_flow->m_deferring = false;
    for (const QString &problem : std::exchange(m_flow->m_problems, {}))
        Q_EMIT m_flow->storageProblem(problem);
}

// Files the segment as a version in the local history (one per distinct definition).
void EditFlow::recordVersion(const Segment &segment, bool savedHere)
{
    if (!m_history)
        return;
    const Result<HistoryVersion> recorded = m_history->record(HistoryVersion::fromSegment(
        m_profileId, segment,
        savedHere ? HistoryVersion::Source::ThisApp : HistoryVersion::Source::Elsewhere,
        m_api->clock()->now()));
    checkStore(tr("Local history"), recorded.isOk() ? QString() : recorded.error());
}

void EditFlow::recordSaved(const Segment &segment)
{
    recordVersion(segment, true);
}

void EditFlow::refreshCount(const QString &timeZone)
{
    const QString id = m_current.id;
    if (id.isEmpty() || m_call) // a segment is being read: the recount waits for it to be open
        return;
    Q_EMIT busy(tr("Counting \"%1\"…").arg(m_current.name));
    m_call = m_api->refresh(id, timeZone, this, [this, id](const ApiResult<RefreshJob> &result) {
        m_call = nullptr;
        if (result.error.kind == ApiError::Kind::RateLimited)
            return Q_EMIT finished(
                RefreshQuota::explainRefusal(result.error, m_api->clock()->now()));
        if (!result.isOk())
            return Q_EMIT failed(ErrorAdvice::describe(tr("Refresh failed"), result.error),
                                 result.error);
        if (id == m_current.id) // still the open segment: read its new count
            load(id);
    });
}

void EditFlow::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_save)
        m_save->cancel();
    m_follower->cancel();
}

void EditFlow::connectFollower()
{
    connect(m_follower, &ValidationFollower::checked, this,
            [this](const Segment &, int check) { Q_EMIT validationChecked(check); });
    connect(m_follower, &ValidationFollower::settled, this, [this](const Segment &s) {
        if (s.id != m_current.id)
            return;
        m_current.status = s.status;
        m_current.updatedAt = s.updatedAt;
        Q_EMIT segmentChanged(m_current);
        Q_EMIT validationSettled(m_current);
    });
    connect(m_follower, &ValidationFollower::gaveUp, this, &EditFlow::validationGaveUp);
}
