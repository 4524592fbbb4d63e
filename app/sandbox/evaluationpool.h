// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

class QThread;
class QueryDeadline;
class SandboxStore;
struct sqlite3;

/// Threads that evaluate segment queries and contact searches away from the thread that answers
/// requests, each on its own connection to the store (WAL: they read while the server writes).
/// A task runs under a deadline and hands back a continuation, which runs on the thread that
/// made the pool: results are written there, never by the evaluation threads. Background tasks
/// leave one thread free for tasks someone waits for, so a runaway count in the background never
/// holds up a search or a read. stop() ends the running statements at once (SQLite's progress
/// handler and sqlite3_interrupt).
class EvaluationPool : public QObject
{
    Q_OBJECT

public:
    using Continuation = std::function<void()>;
    using Task = std::function<Continuation(SandboxStore &store, const QueryDeadline &deadline)>;
    /// Someone waits for a Waited task; Background tasks run when none does.
    enum class Priority { Background, Waited };

    EvaluationPool(const QString &databaseFile, std::chrono::milliseconds deadline, int threads,
                   QObject *parent = nullptr);
    ~EvaluationPool() override;

    /// Queues `task` under `key` (a segment id, or a search's own).
    void submit(const QString &key, Priority priority, Task task);
    /// A client now waits for `key`'s queued task: it runs before every Background one.
    void promote(const QString &key);
    /// Interrupts running tasks, drops queued ones and their continuations, joins the threads.
    void stop();
    std::chrono::milliseconds deadline() const { return m_deadline; }

private:
    struct Entry
    {
        QString key;
        Task task;
        bool background = false;
    };
    void work();
    bool take(Entry &entry);
    void runOne(SandboxStore &store, Entry &entry);
    void setHandle(sqlite3 *db, sqlite3 *previous);

    const QString m_databaseFile;
    const std::chrono::milliseconds m_deadline;
    std::vector<QThread *> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_waited;
    std::deque<Entry> m_background;
    std::vector<sqlite3 *> m_handles; ///< the threads' open connections, to interrupt
    int m_backgroundRunning = 0;
    int m_backgroundLimit = 1;
    std::atomic_bool m_stopping = false;
};
