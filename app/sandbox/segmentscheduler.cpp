// SPDX-License-Identifier: MIT
#include "segmentscheduler.h"

#include "querydeadline.h"
#include "segmentengine.h"
#include "segmentjob.h"

SegmentScheduler::SegmentScheduler(SegmentEngine &engine, EvaluationPool &pool)
    : m_engine(engine)
    , m_pool(pool)
{ }

void SegmentScheduler::scheduleDue(const QList<SegmentRow> &rows)
{
    for (const SegmentRow &row : rows) {
        if (!m_flights.contains(row.id) && m_engine.isDue(row))
            start(row, false, EvaluationPool::Priority::Background);
    }
}

void SegmentScheduler::settle(const SegmentRow &row, bool recount, std::function<void()> then)
{
    if (const auto flight = m_flights.find(row.id); flight != m_flights.end()) {
        flight->recountAgain = flight->recountAgain || recount;
        flight->waiters.append(std::move(then));
        m_pool.promote(key(row.id));
        return;
    }
    const bool countable = recount && row.validation == u"VALID";
    if (!countable && !m_engine.isDue(row))
        return then();
    start(row, recount, EvaluationPool::Priority::Waited);
    m_flights[row.id].waiters.append(std::move(then));
}

void SegmentScheduler::start(const SegmentRow &row, bool recount, EvaluationPool::Priority priority)
{
    m_flights.insert(row.id, {});
    m_pool.submit(key(row.id), priority,
                  [this, row, recount, clock = m_engine.clock()](SandboxStore &store,
                                                                 const QueryDeadline &deadline) {
                      const SegmentRow after = SegmentJob(store, deadline, clock).run(row, recount);
                      return [this, row, after] { finish(row, after); };
                  });
}

// On the server thread: the result goes into the segment as it is now, if its query is still
// the one evaluated; then a refresh asked for meanwhile runs, or the waiters are answered.
void SegmentScheduler::finish(const SegmentRow &before, const SegmentRow &after)
{
    auto current = m_engine.load(before.id);
    if (!current.isOk())
        qWarning("sandbox: cannot read segment %s back: %s", qPrintable(before.id),
                 qPrintable(current.error()));
    SegmentRow *now = current.isOk() && current.value() ? &*current.value() : nullptr;
    if (now && now->queryDsl == before.queryDsl && now->validateAt == before.validateAt) {
        now->takeEvaluation(after);
        if (const VoidResult saved = m_engine.save(*now); !saved.isOk())
            qWarning("sandbox: cannot save segment %s: %s", qPrintable(before.id),
                     qPrintable(saved.error()));
    }
    Flight flight = m_flights.take(before.id);
    if (now && flight.recountAgain && now->validation == u"VALID") {
        start(*now, true, EvaluationPool::Priority::Waited);
        m_flights[before.id].waiters = std::move(flight.waiters);
        return;
    }
    for (const std::function<void()> &waiter : std::as_const(flight.waiters))
        waiter();
}
