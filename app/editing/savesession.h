// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class SegmentsApi;

/// One save as DESIGN.md's data flow describes it: re-read the segment; if `updated_at`
/// moved since it was loaded, report a conflict and wait for the person's choice; otherwise
/// (or when told to overwrite) PATCH only what changed. When the PATCH's connection fails after
/// the request may have reached SendGrid, the segment is read again to find out whether the
/// change is there, so the person never sends it twice blindly.
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

    /// The status while a retry waits: what it waits for and for how long, and how to stop.
    static QString waitText(const QString &name, const ApiError &cause, int secondsLeft);

Q_SIGNALS:
    /// A request of this save failed and is sent again after `delayMs` (a rate limit, a server
    /// error while reading): the save goes on by itself unless cancelled.
    void retryScheduled(qint64 delayMs, const ApiError &cause);
    void conflict(const Segment &theirs);
    void saved(const Segment &segment);
    void failed(const ApiError &error);
    void nothingToSave();
    /// The PATCH's outcome was unknown (`cause`); SendGrid's segment, read again, is `current`.
    /// `applied`: it holds this edit's name and query, so the save happened.
    void outcomeChecked(const Segment &current, bool applied, const ApiError &cause);

private:
    /// Keeps `call` as the one to cancel, and relays its waits before retries.
    void follow(ApiCall *call);
    void patch();
    void checkOutcome(const ApiError &cause);

    SegmentsApi *m_api;
    Segment m_base;
    QString m_name;
    QString m_queryDsl;
    QPointer<ApiCall> m_call;
};
