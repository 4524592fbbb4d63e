// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "api/segmentsapi.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiCall;

/// How a segment write ended.
struct WriteOutcome
{
    enum class Fate {
        Written, ///< SendGrid has it: its reply said so, or reading it back showed it
        NotWritten, ///< refused, stopped, or read back and not there: nothing changed
        Unknown ///< the reply did not say and reading back failed too: check before resending
    };

    Fate fate = Fate::Unknown;
    std::optional<Segment> segment; ///< Written: the segment as SendGrid has it
    /// Why it is not Written; when `checked`, the reply that did not say whether it was.
    ApiError error;
    /// The reply left the write's fate open (ApiError::mayHaveBeenApplied), so SendGrid was
    /// asked before anything was reported.
    bool checked = false;
};

Q_DECLARE_METATYPE(WriteOutcome)

/// One segment write, a create or an update, whose fate is never left open. When the reply
/// does not say whether SendGrid applied it (the connection broke or timed out after sending,
/// a gateway answered 502 or 504, a 2xx body could not be read), SendGrid is asked before
/// anything is reported: the segment is read back (an update) or looked for by its name, which
/// SendGrid keeps unique (a create). Nobody then sends a write twice blindly, and a create
/// retried after such a reply does not duplicate the segment.
class SegmentWrite : public QObject
{
    Q_OBJECT

public:
    static SegmentWrite *update(SegmentsApi *api, const QString &id, const SegmentPatch &patch,
                                QObject *parent);
    static SegmentWrite *create(SegmentsApi *api, const SegmentCreate &segment, QObject *parent);

    /// Sends the write; finished() follows once, then the object deletes itself.
    void start();
    /// Stops the request in flight: a write stopped before its reply is NotWritten (Cancelled),
    /// a check stopped is Unknown.
    void cancel();

Q_SIGNALS:
    /// Each HTTP operation as it starts: to follow its waits before retries, or its raw reply.
    void callStarted(ApiCall *call);
    void finished(const WriteOutcome &outcome);

private:
    SegmentWrite(SegmentsApi *api, QObject *parent);

    void onReplied(const ApiResult<Segment> &result);
    void readBack(const QString &id);
    void findCreated();
    void onReadBack(const ApiResult<Segment> &current);
    bool holdsTheWrite(const Segment &current) const;
    void follow(ApiCall *call);
    void finish(WriteOutcome outcome);

    SegmentsApi *m_api;
    QString m_id; ///< the segment updated; empty for a create
    SegmentPatch m_patch;
    SegmentCreate m_create;
    ApiError m_unclearReply; ///< the reply that left the write's fate open
    QPointer<ApiCall> m_call;
    bool m_finished = false;
};
