// SPDX-License-Identifier: MIT
#pragma once

#include "evaluationpool.h"
#include "segmentrow.h"

#include <QHash>

#include <functional>

class SegmentEngine;

/// Which segments are being evaluated on the pool, and who waits for them; on the server
/// thread. Lists and start-up schedule due segments in the background and answer at once; a
/// read waits for its own segment (its evaluation goes first). Each result is written back
/// here, unless the segment's query was edited (or the segment deleted) meanwhile.
class SegmentScheduler
{
public:
    SegmentScheduler(SegmentEngine &engine, EvaluationPool &pool);

    /// Starts, in the background, every row whose validation or count is due.
    void scheduleDue(const QList<SegmentRow> &rows);
    /// Calls `then` once `row` is settled: at once when nothing is due or running for it, else
    /// once its evaluation is written back. `recount` counts it again first (a manual refresh).
    void settle(const SegmentRow &row, bool recount, std::function<void()> then);

private:
    struct Flight
    {
        bool recountAgain = false;
        QList<std::function<void()>> waiters;
    };
    void start(const SegmentRow &row, bool recount, EvaluationPool::Priority priority);
    void finish(const SegmentRow &before, const SegmentRow &after);
    static QString key(const QString &id) { return QStringLiteral("segment:") + id; }

    SegmentEngine &m_engine;
    EvaluationPool &m_pool;
    QHash<QString, Flight> m_flights; ///< by segment id: queued or running
};
