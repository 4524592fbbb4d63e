// SPDX-License-Identifier: MIT
#include "querydeadline.h"

#include <sqlite3.h>

namespace {

// Virtual-machine steps between two looks at the clock: about a millisecond of work, so a
// deadline or a stop is noticed within a millisecond or two.
constexpr int stepsBetweenChecks = 10000;

} // namespace

QueryDeadline::QueryDeadline(sqlite3 *db, std::chrono::milliseconds budget,
                             const std::atomic_bool *stop)
    : m_db(db)
    , m_budget(budget)
    , m_deadline(budget)
    , m_stop(stop)
{
    if (m_db)
        sqlite3_progress_handler(m_db, stepsBetweenChecks, &QueryDeadline::progress, this);
}

QueryDeadline::~QueryDeadline()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int QueryDeadline::progress(void *self)
{
    return static_cast<const QueryDeadline *>(self)->givenUp() ? 1 : 0;
}

QString QueryDeadline::seconds(std::chrono::milliseconds budget)
{
    const qint64 ms = budget.count();
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000)
                          : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'g', 3);
}
