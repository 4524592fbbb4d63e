// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "local/draftstore.h"
#include "segmentedit.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ApiCall;
class CountFollower;
class DraftStore;
class HistoryStore;
class SaveSession;
class SegmentsApi;
class ValidationFollower;
struct WriteOutcome;

/// The edit of one segment, without widgets: opening it with its kept draft, keeping the draft
/// once typing pauses, saving (conflicts, waits before retries, outcomes the connection left
/// unknown), following SendGrid's validation after a save, recounting, and filing every version
/// seen in the local history. A window shows what it reports and asks the person wherever a
/// choice is needed (a conflict); tests drive it without one.
class EditFlow : public QObject
{
    Q_OBJECT

public:
    enum class ConflictChoice { Cancel, KeepMine, TakeTheirs };

    EditFlow(SegmentsApi *api, DraftStore *drafts, QObject *parent = nullptr);
    ~EditFlow() override;

    /// Versions are filed under `profileId` in `history` (none: nothing is recorded).
    void setHistory(HistoryStore *history, const QString &profileId);
    /// The pause in typing after which the draft is written (300 ms unless told).
    void setDraftPause(int milliseconds);

    const Segment &current() const { return m_current; }
    /// When this session last saved a change of the open segment's query; invalid when none.
    QDateTime queryEditedAt() const;
    bool isSaving() const;
    /// SendGrid's validation of the open segment is being followed out of PENDING.
    bool isFollowing() const;
    bool isBusy() const;

    /// Reads the segment with its sample; opened() or failed() follows.
    void open(const QString &id);
    /// Nothing is open any more (the list has no selection, or the segment was deleted).
    void closeSegment();
    /// An edit of the open segment: the draft is written once typing pauses; `dirty` false
    /// (the edit equals the segment) removes it instead.
    void noteEdit(const SegmentEdit &edit, bool dirty);
    /// Writes the draft now if a pause is still awaited: before anything that could lose it.
    void writePendingDraft();
    /// The person discarded the edit: its draft goes.
    void discardDraft();
    void removeDraft(const QString &segmentId);
    /// Reads the open segment again (F5). Without an unsaved edit it opens anew (opened());
    /// with one, the edit and the version it is based on stay, so that a save still meets a
    /// change made elsewhere as a conflict, and only the count and sample are taken
    /// (countArrived(), with a word when the segment changed in SendGrid).
    void reread();
    /// Recounts the open segment (POST …/refresh in `timeZone`), then reads it again.
    void refreshCount(const QString &timeZone);
    void save(const SegmentEdit &edit);
    /// The person's answer to conflict().
    void resolveConflict(ConflictChoice choice);
    /// Files a segment this app made (a create) as a version saved here.
    void recordSaved(const Segment &segment);
    /// Stops whatever runs: a read, a save, the validation follow-up.
    void cancel();

Q_SIGNALS:
    /// A network operation started; `what` says what for a status line.
    void busy(const QString &what);
    /// An operation that is not a save failed: `message` says what, why and what to do next.
    void failed(const QString &message, const ApiError &error);
    /// Something worth saying ended without an error of its own (a refused recount).
    void finished(const QString &message);
    void opened(const Segment &segment, const std::optional<Draft> &draft);
    /// The segment as last read changed (a save, a settled validation): for lists.
    void segmentChanged(const Segment &segment);
    /// A save changed the query of `segmentId` at `at` (SendGrid's time): counts made before
    /// describe the previous query.
    void queryEdited(const QString &segmentId, const QDateTime &at);
    /// The local draft or history store failed; `message` says which and why.
    void storageProblem(const QString &message);
    /// A save waits before a retry: what for and how long, once a second.
    void saveWaiting(const QString &text);
    /// SendGrid's segment changed since it was loaded; answer with resolveConflict().
    void conflict(const Segment &base, const Segment &theirs, const SegmentEdit &mine);
    void saved(const Segment &segment, const QString &message);
    /// The edit was not saved and is kept; `error` carries SendGrid's per-field messages.
    void notSaved(const QString &message, const ApiError &error);
    void validationChecked(int check);
    void validationSettled(const Segment &segment);
    void validationGaveUp(const ApiError &error);
    /// The open segment's count and sample were read anew: its first count arrived (a new
    /// segment is followed until then) or F5 reread it under an unsaved edit; `message` says
    /// what else the person should know, or is empty.
    void countArrived(const Segment &segment, const QString &message);
    /// Following a new segment until its first count stopped without one.
    void countGaveUp(const ApiError &error);

private:
    void load(const QString &id);
    void onLoaded(const ApiResult<Segment> &result);
    void writeDraft();
    std::optional<Draft> keptDraft(const QString &segmentId);
    bool checkStore(const QString &what, const QString &error);
    void recordVersion(const Segment &segment, bool savedHere);
    void connectFollower();
    void connectCounter();
    void followCount();
    void takeCount(const Segment &read);
    void onReread(const ApiResult<Segment> &result);
    void connectSave(SaveSession *session);
    void endSave();
    void onSaved(const Segment &segment, const QString &message);
    void onSaveFailed(const ApiError &error);
    void onWritten(const WriteOutcome &outcome);
    void onRetryScheduled(qint64 delayMs, const ApiError &cause);
    void tellSaveWait();
    void stopSaveWaitTicks() { ++m_waitTicks; }

    /// While one lives, store problems wait and are said when it goes.
    class DeferredProblems
    {
    public:
        explicit DeferredProblems(EditFlow *flow);
        ~DeferredProblems();

    private:
        EditFlow *m_flow;
    };

    SegmentsApi *m_api;
    DraftStore *m_drafts;
    HistoryStore *m_history = nullptr;
    QString m_profileId;
    ValidationFollower *m_follower;
    CountFollower *m_counter;
    Segment m_current;
    SegmentEdit m_edit; ///< the latest edit reported, written as the draft after a pause
    bool m_dirty = false;
    QTimer m_draftTimer;
    QPointer<ApiCall> m_call;
    QPointer<SaveSession> m_save;
    SegmentEdit m_saving; ///< what the running save sends
    Segment m_theirs; ///< SendGrid's segment while a conflict awaits the person's answer
    int m_waitTicks = 0; ///< the countdown's latest tick; earlier ones do nothing
    QDateTime m_retryAt;
    ApiError m_retryCause;
    QHash<QString, QDateTime> m_queryEditedAt; ///< segment id → when a query change was saved
    bool m_deferring = false;
    QStringList m_problems; ///< store problems waiting for an outcome to be said after
};
