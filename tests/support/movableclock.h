// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"

#include <QList>
#include <QMutex>
#include <QPointer>

#include <atomic>
#include <memory>

/// Real time plus what the test moved it on: what the window and an in-process sandbox read,
/// so a test that needs "a second later" or "after the 4 s rate-limit wait" moves the clock
/// instead of waiting for it. Tasks scheduled on it run when their time comes, by the real
/// timer or by a move, whichever is first. now() is safe on any thread (the sandbox's
/// evaluation threads read it); schedule() and moveOn() belong to the test's thread.
class MovableClock : public Clock
{
public:
    QDateTime now() const override;
    void schedule(std::chrono::milliseconds delay, QObject *context,
                  std::function<void()> task) override;

    /// Moves time on by `by` and runs every task that is now due.
    void moveOn(std::chrono::milliseconds by);

private:
    struct Task
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> run;
        std::shared_ptr<bool> done; ///< shared with its real timer: it runs once
    };
    static void runOnce(const Task &task);
    void startTimer(const Task &task);

    std::atomic<qint64> m_offsetMs {0};
    QList<Task> m_tasks;
};
