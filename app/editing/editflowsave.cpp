// SPDX-License-Identifier: MIT
// EditFlow's save: the save session, its waits, conflicts and outcomes.
#include "editflow.h"

#include "editing/erroradvice.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "common/clock.h"
#include "editing/savesession.h"
#include "editing/validationfollower.h"
#include "local/draftstore.h"

void EditFlow::save(const SegmentEdit &edit)
{
    if (m_save || m_current.id.isEmpty())
        return;
    writePendingDraft(); // a save that fails or is stopped keeps the edit
    m_saving = edit;
    auto *session = new SaveSession(m_api, m_current, edit.name, edit.queryDsl, this);
    m_save = session;
    connectSave(session);
    Q_EMIT busy(tr("Saving \"%1\"…").arg(edit.name));
    session->start();
}

void EditFlow::connectSave(SaveSession *session)
{
    connect(session, &SaveSession::conflict, this, [this](const Segment &theirs) {
        m_theirs = theirs;
        // Filed before the person may save over it, so that it can be restored from the history.
        const DeferredProblems deferred(this);
        recordVersion(theirs, false);
        Q_EMIT conflict(m_current, theirs, m_saving);
    });
    connect(session, &SaveSession::written, this, &EditFlow::onWritten);
    connect(session, &SaveSession::failed, this, &EditFlow::onSaveFailed);
    connect(session, &SaveSession::nothingToSave, this,
            [this] { onSaved(m_current, tr("Saved \"%1\".").arg(m_current.name)); });
    connect(session, &SaveSession::retryScheduled, this, &EditFlow::onRetryScheduled);
}

void EditFlow::resolveConflict(ConflictChoice choice)
{
    if (!m_save)
        return;
    switch (choice) {
    case ConflictChoice::KeepMine:
        return m_save->overwrite();
    case ConflictChoice::TakeTheirs:
        endSave();
        discardDraft();
        return load(m_theirs.id);
    case ConflictChoice::Cancel:
        endSave();
        Q_EMIT notSaved(tr("Not saved: the segment changed in SendGrid. Your edit is kept."), {});
    }
}

// Ends the session at once, so that a save right after this one (Ctrl+S again) is not taken for
// one still running; the object itself goes once its signal has returned.
void EditFlow::endSave()
{
    stopSaveWaitTicks();
    m_save->deleteLater();
    m_save.clear();
}

void EditFlow::onSaved(const Segment &segment, const QString &message)
{
    endSave();
    const DeferredProblems deferred(this);
    removeDraft(segment.id);
    const QList<Contact> previousSample = m_current.contactsSample;
    // On SendGrid's clock, which also stamps the count: the one made after this is the new query's.
    if (segment.queryDsl != m_current.queryDsl) {
        const QDateTime at
            = segment.updatedAt.utc.isValid() ? segment.updatedAt.utc : m_api->clock()->now();
        m_queryEditedAt.insert(segment.id, at);
        Q_EMIT queryEdited(segment.id, at);
    }
    m_current = segment;
    recordVersion(segment, true);
    if (!segment.hasSample)
        m_current.contactsSample = previousSample;
    m_edit = {m_current.name, m_current.queryDsl};
    m_dirty = false;
    if (segment.status.validation() == SegmentStatus::Validation::Pending)
        m_follower->follow(segment.id);
    followCount();
    Q_EMIT segmentChanged(m_current);
    Q_EMIT saved(m_current, message);
}

void EditFlow::onSaveFailed(const ApiError &error)
{
    endSave();
    Q_EMIT notSaved(error.kind == ApiError::Kind::Cancelled
                        ? tr("Not saved: the save was stopped. Your edit is kept; Ctrl+S sends it.")
                        : ErrorAdvice::describe(tr("Not saved (your edit is kept)"), error),
                    error);
}

void EditFlow::onWritten(const WriteOutcome &outcome)
{
    using Fate = WriteOutcome::Fate;
    if (outcome.fate == Fate::Written && !outcome.checked)
        return onSaved(*outcome.segment, tr("Saved \"%1\".").arg(outcome.segment->name));
    if (!outcome.checked || outcome.fate == Fate::Unknown)
        return onSaveFailed(outcome.error);
    // SendGrid's reply did not say whether the PATCH landed; the segment was read back.
    const QString reply = outcome.error.httpStatus > 0
        ? QStringLiteral("%1, HTTP %2").arg(outcome.error.message).arg(outcome.error.httpStatus)
        : outcome.error.message;
    if (outcome.fate == Fate::Written)
        return onSaved(*outcome.segment,
                       tr("Saved \"%1\": SendGrid's reply did not confirm it (%2), but the "
                          "segment in SendGrid has your change.")
                           .arg(outcome.segment->name, reply));
    endSave();
    Q_EMIT notSaved(tr("Not saved: SendGrid's reply did not confirm the save (%1), and the "
                       "segment in SendGrid does not have your change. Your edit is kept. Check "
                       "the connection and save again (Ctrl+S) to send it.")
                        .arg(reply),
                    {});
}

// A bare "Saving…" for a minute looks hung: say what the save waits for and count down.
void EditFlow::onRetryScheduled(qint64 delayMs, const ApiError &cause)
{
    m_retryAt = m_api->clock()->now().addMSecs(delayMs);
    m_retryCause = cause;
    tellSaveWait();
}

// Ticks when the whole seconds left change, on the client's clock: the retry waits on the same
// clock, so the countdown and the retry agree (and a test moves time instead of waiting).
void EditFlow::tellSaveWait()
{
    stopSaveWaitTicks();
    Clock *clock = m_api->clock();
    const qint64 left = clock->now().msecsTo(m_retryAt);
    if (left <= 0 || !m_save)
        return Q_EMIT saveWaiting(tr("Saving \"%1\"…").arg(m_saving.name));
    Q_EMIT saveWaiting(
        SaveSession::waitText(m_saving.name, m_retryCause, int((left + 999) / 1000)));
    const qint64 toNextSecond = left % 1000 == 0 ? 1000 : left % 1000;
    clock->schedule(std::chrono::milliseconds(toNextSecond), this, [this, tick = m_waitTicks] {
        if (tick == m_waitTicks)
            tellSaveWait();
    });
}
