// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "segmentwrite.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class SegmentsApi;

/// One save as DESIGN.md's data flow describes it: re-read the segment; if someone else changed
/// it since it was loaded, report a conflict and wait for the person's choice; otherwise PATCH
/// only what changed. "Mine over theirs" sends the whole edit as the conflict showed it, once
/// SendGrid still holds the version shown as theirs. The PATCH is a SegmentWrite: a reply that
/// leaves its fate open is checked in SendGrid, so the person never sends it twice blindly.
class SaveSession : public QObject
{
    Q_OBJECT

public:
    SaveSession(SegmentsApi *api, const Segment &base, QString name, QString queryDsl,
                QObject *parent = nullptr);

    void start();
    /// After conflict(): save mine over theirs.
    void overwrite();
    void cancel();

    /// Someone else's edit: `current` differs from `seen` in what a save would overwrite (name,
    /// query, parent lists) or in its time. Two edits in the same instant share `updated_at`, so
    /// the time alone can miss one.
    static bool changedSince(const Segment &seen, const Segment &current);
    /// The status while a retry waits: what it waits for and for how long, and how to stop.
    static QString waitText(const QString &name, const ApiError &cause, int secondsLeft);

Q_SIGNALS:
    /// A request of this save failed and is sent again after `delayMs` (a rate limit, a server
    /// error while reading): the save goes on by itself unless cancelled.
    void retryScheduled(qint64 delayMs, const ApiError &cause);
    /// SendGrid's segment is not the one this save was based on (or, after overwrite(), not the
    /// one the conflict showed): nothing was sent.
    void conflict(const Segment &theirs);
    /// The re-read before the PATCH failed: nothing was sent.
    void failed(const ApiError &error);
    void nothingToSave();
    /// The PATCH ended: written (said by the reply, or found when checked), not written, or
    /// unknown.
    void written(const WriteOutcome &outcome);

private:
    /// Re-reads the segment, then PATCHes unless it changed since `seen`.
    void readThenPatch(const Segment &seen, bool whole);
    /// Keeps `call` as the one to cancel, and relays its waits before retries.
    void follow(ApiCall *call);
    void patch(bool whole);

    SegmentsApi *m_api;
    Segment m_base;
    Segment m_theirs; ///< SendGrid's segment as the last conflict showed it
    QString m_name;
    QString m_queryDsl;
    QPointer<ApiCall> m_call;
};
