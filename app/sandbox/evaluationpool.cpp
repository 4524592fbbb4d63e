// SPDX-License-Identifier: MIT
#include "evaluationpool.h"

#include "querydeadline.h"
#include "sandboxstore.h"

#include <QPointer>
#include <QThread>

#include <sqlite3.h>

EvaluationPool::EvaluationPool(const QString &databaseFile, std::chrono::milliseconds deadline,
                               int threads, QObject *parent)
    : QObject(parent)
    , m_databaseFile(databaseFile)
    , m_deadline(deadline)
    , m_backgroundLimit(qMax(1, threads - 1))
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        QThread *thread = QThread::create([this] { work(); });
        thread->setObjectName(QStringLiteral("sandbox-evaluation-%1").arg(i + 1));
        m_threads.push_back(thread);
        thread->start();
    }
}

EvaluationPool::~EvaluationPool()
{
    stop();
}

void EvaluationPool::submit(const QString &key, Priority priority, Task task)
{
    {
        const std::lock_guard lock(m_mutex);
        (priority == Priority::Waited ? m_waited : m_background).push_back({key, std::move(task)});
    }
    m_wake.notify_one();
}

void EvaluationPool::promote(const QString &key)
{
    {
        const std::lock_guard lock(m_mutex);
        const auto found = std::find_if(m_background.begin(), m_background.end(),
                                        [&key](const Entry &e) { return e.key == key; });
        if (found == m_background.end())
            return;
        m_waited.push_back(std::move(*found));
        m_background.erase(found);
    }
    m_wake.notify_one();
}

void EvaluationPool::stop()
{
    if (m_stopping.exchange(true))
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_waited.clear();
        m_background.clear();
        // Ends a statement at once, even one SQLite is still preparing (the progress handler
        // is only asked while a statement runs).
        for (sqlite3 *db : m_handles)
            sqlite3_interrupt(db);
    }
    m_wake.notify_all();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

// One evaluation thread: its own connection, then tasks until stop().
void EvaluationPool::work()
{
    SandboxStore store;
    const VoidResult opened = store.openReader(m_databaseFile);
    if (!opened.isOk())
        qWarning("sandbox: an evaluation thread cannot read the store: %s",
                 qPrintable(opened.error()));
    setHandle(store.nativeHandle(), nullptr);
    Entry entry;
    while (take(entry))
        runOne(store, entry);
    setHandle(nullptr, store.nativeHandle());
}

bool EvaluationPool::take(Entry &entry)
{
    std::unique_lock lock(m_mutex);
    if (entry.background)
        --m_backgroundRunning; // the task this thread ran before: it may take the next one
    m_wake.wait(lock, [this] {
        return m_stopping || !m_waited.empty()
            || (!m_background.empty() && m_backgroundRunning < m_backgroundLimit);
    });
    if (m_stopping)
        return false;
    const bool background = m_waited.empty();
    std::deque<Entry> &queue = background ? m_background : m_waited;
    entry = std::move(queue.front());
    entry.background = background;
    queue.pop_front();
    if (background)
        ++m_backgroundRunning;
    return true;
}

void EvaluationPool::runOne(SandboxStore &store, Entry &entry)
{
    const QueryDeadline deadline(store.nativeHandle(), m_deadline, &m_stopping);
    Continuation then = entry.task(store, deadline);
    entry.task = {};
    if (deadline.stopped()) {
        qInfo("sandbox: an evaluation was stopped: the sandbox is shutting down");
        return;
    }
    // Runs on the pool's thread unless the pool is stopped (or gone) by then.
    QMetaObject::invokeMethod(
        this,
        [this, then = std::move(then)] {
            if (!m_stopping && then)
                then();
        },
        Qt::QueuedConnection);
}

void EvaluationPool::setHandle(sqlite3 *db, sqlite3 *previous)
{
    const std::lock_guard lock(m_mutex);
    if (previous)
        std::erase(m_handles, previous);
    if (db)
        m_handles.push_back(db);
}
