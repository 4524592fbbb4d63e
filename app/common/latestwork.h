// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

/// CPU work on the latest input only, away from the thread that asks for it (the GUI thread):
/// each run() makes the runs before it stale. A stale run is skipped when it has not started yet,
/// and its result is dropped when it has; the latest result reaches `done` on the owner's thread,
/// and never once the owner is gone. All of it shares one worker thread, so a burst of edits to
/// a huge query takes one core at most and leaves the other to the window.
class LatestWork
{
public:
    explicit LatestWork(QObject *owner)
        : m_owner(owner)
    { }

    /// Runs `work()` on the worker thread, then `done(result)` on the owner's thread if no run()
    /// or cancel() came since. `work` must own what it reads (copies, not references).
    template<typename Work, typename Done>
    void run(Work work, Done done)
    {
        using Value = std::invoke_result_t<Work>;
        const quint64 generation = ++*m_latest;
        auto *watcher = new QFutureWatcher<std::optional<Value>>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [watcher, latest = m_latest, generation, done = std::move(done)] {
                             watcher->deleteLater();
                             std::optional<Value> value = watcher->future().takeResult();
                             if (value && *latest == generation)
                                 done(std::move(*value));
                         });
        watcher->setFuture(
            QtConcurrent::run(pool(), [work = std::move(work), latest = m_latest, generation]() {
                return *latest == generation ? std::optional<Value>(work()) : std::nullopt;
            }));
    }

    /// Makes every run so far stale: none of their results will be delivered.
    void cancel() { ++*m_latest; }

private:
    static QThreadPool *pool()
    {
        static QThreadPool shared;
        static const bool oneThread = (shared.setMaxThreadCount(1), true);
        Q_UNUSED(oneThread);
        return &shared;
    }

    QObject *m_owner;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};
