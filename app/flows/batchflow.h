// SPDX-License-Identifier: MIT
#pragma once

#include "batchoutcome.h"

#include "api/apierror.h"
#include "api/segment.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiCall;
class EditFlow;
class SegmentsApi;

/// One action over many selected segments (#21 §1), without widgets: at most MaxInFlight
/// requests at once, each wait before a retry (a rate limit) reported as it starts, Cancel,
/// and an outcome for every segment at the end. Deleting takes a segment's draft, and the open
/// segment, with it; a copy gets a name no listed segment has.
class BatchFlow : public QObject
{
    Q_OBJECT

public:
    enum class Action { Delete, Duplicate };
    /// SendGrid counts requests per second per account; a few at once keeps a batch from
    /// spending the whole allowance and the window's own reads waiting behind it.
    static constexpr int MaxInFlight = 3;

    BatchFlow(SegmentsApi *api, EditFlow *edit, QObject *parent = nullptr);

    /// Starts `action` on `segments`; false, and nothing sent, while a batch runs or when there
    /// is nothing to do. `takenNames`: the names copies must not take.
    bool start(Action action, const QList<SegmentSummary> &segments,
               const QStringList &takenNames = {});
    /// Segments not started are not sent; requests in flight are stopped. finished() follows.
    void cancel();
    bool isRunning() const { return m_total > 0 && m_settled < m_total; }
    /// The most requests that were out at one moment in the last batch.
    int mostInFlight() const { return m_mostInFlight; }

Q_SIGNALS:
    void progressed(int settled, int total);
    /// A request for `name` waits `delayMs` before it is tried again, because of `cause`.
    void waiting(const QString &name, qint64 delayMs, const ApiError &cause);
    /// Once per batch, in the order the segments were given.
    void finished(const QList<BatchOutcome> &outcomes);

private:
    void startMore();
    void removeOne(int index);
    void duplicateOne(int index);
    void copyOne(int index, const Segment &original);
    void follow(int index, ApiCall *call);
    /// A segment whose requests have ended.
    void settle(int index, BatchOutcome::Status status, const QString &detail = {});
    void record(int index, BatchOutcome::Status status, const QString &detail = {});
    void settleFailed(int index, const ApiError &error);

    SegmentsApi *m_api;
    EditFlow *m_edit;
    Action m_action = Action::Delete;
    QList<SegmentSummary> m_segments;
    QList<std::optional<BatchOutcome>> m_outcomes;
    QStringList m_taken;
    QList<QPointer<ApiCall>> m_calls; ///< every call started, to stop those in flight
    int m_total = 0;
    int m_next = 0;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    int m_settled = 0;
    bool m_cancelled = false;
};
