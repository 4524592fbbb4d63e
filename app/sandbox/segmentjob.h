// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxclock.h"
#include "segmentrow.h"

class QueryDeadline;
class SandboxStore;

/// One segment's due work, on an evaluation thread with its own store connection: validation
/// when it is due (the linter's rules, then SQLite's), then count and sample when they are due
/// or asked for, within the task's deadline. A query SQLite cannot run makes the segment
/// INVALID with SQLite's message; one that cannot finish in time, INVALID saying so, and an
/// INVALID segment is never evaluated again.
class SegmentJob
{
public:
    SegmentJob(SandboxStore &store, const QueryDeadline &deadline, SandboxClock clock);

    /// `row` brought up to date; `recount` counts it now though its schedule is not due (a
    /// manual refresh).
    SegmentRow run(SegmentRow row, bool recount) const;

private:
    void validate(SegmentRow &row) const;
    void recompute(SegmentRow &row) const;
    void countOnSchedule(SegmentRow &row) const;

    SandboxStore &m_store;
    const QueryDeadline &m_deadline;
    SandboxClock m_clock;
};
