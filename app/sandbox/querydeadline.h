// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <chrono>

struct sqlite3;

/// Ends the statements running on one connection once a deadline passes or `stop` is set (from
/// any thread): SQLite calls its progress handler every few thousand virtual-machine steps, and
/// a statement it refuses to go on with fails with SQLITE_INTERRUPT. Installed for the lifetime
/// of the object; one per connection at a time.
class QueryDeadline
{
public:
    QueryDeadline(sqlite3 *db, std::chrono::milliseconds budget,
                  const std::atomic_bool *stop = nullptr);
    ~QueryDeadline();
    QueryDeadline(const QueryDeadline &) = delete;
    QueryDeadline &operator=(const QueryDeadline &) = delete;

    /// The deadline has passed: the work it bounds is to be given up.
    bool expired() const { return m_deadline.hasExpired(); }
    /// Someone asked every evaluation to stop (the sandbox is shutting down).
    bool stopped() const { return m_stop && m_stop->load(); }
    bool givenUp() const { return expired() || stopped(); }
    std::chrono::milliseconds budget() const { return m_budget; }
    /// "SendGrid could not finish … within N s": what a segment or search that ran out says.
    static QString seconds(std::chrono::milliseconds budget);

private:
    static int progress(void *self);

    sqlite3 *m_db;
    std::chrono::milliseconds m_budget;
    QDeadlineTimer m_deadline;
    const std::atomic_bool *m_stop;
};
