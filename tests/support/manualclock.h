// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"

#include <QList>
#include <QPointer>

/// A clock the test moves by hand: scheduled tasks run when advance() passes their time.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    QDateTime now() const override { return m_now; }
    void schedule(std::chrono::milliseconds delay, QObject *context,
                  std::function<void()> task) override;

    void advance(std::chrono::milliseconds by);
    int pendingTasks() const { return int(m_tasks.size()); }
    /// Delays asked for, in order; lets a test check backoff without waiting for it.
    const QList<std::chrono::milliseconds> &requestedDelays() const { return m_requested; }

private:
    struct Task
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> run;
    };
    QDateTime m_now;
    QList<Task> m_tasks;
    QList<std::chrono::milliseconds> m_requested;
};
