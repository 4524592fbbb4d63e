// SPDX-License-Identifier: MIT
#include "manualclock.h"

#include <QObject>

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

void ManualClock::schedule(std::chrono::milliseconds delay, QObject *context,
                           std::function<void()> task)
{
    m_requested.append(delay);
    m_tasks.append({m_now.addMSecs(delay.count()), context, std::move(task)});
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addMSecs(by.count());
    QList<Task> due;
    for (qsizetype i = m_tasks.size() - 1; i >= 0; --i) {
        if (m_tasks[i].due <= m_now)
            due.prepend(m_tasks.takeAt(i));
    }
    for (const Task &task : due) {
        if (task.context)
            task.run();
    }
}
