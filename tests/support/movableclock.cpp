// SPDX-License-Identifier: MIT
#include "movableclock.h"

#include <QTimer>

QDateTime MovableClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
}

void MovableClock::schedule(std::chrono::milliseconds delay, QObject *context,
                            std::function<void()> task)
{
    Task scheduled {now().addMSecs(delay.count()), context, std::move(task),
                    std::make_shared<bool>(false)};
    startTimer(scheduled);
    m_tasks.append(std::move(scheduled));
}

void MovableClock::moveOn(std::chrono::milliseconds by)
{
    m_offsetMs += by.count();
    const QDateTime current = now();
    QList<Task> due;
    for (qsizetype i = 0; i < m_tasks.size();) {
        if (*m_tasks[i].done || !m_tasks[i].context) {
            m_tasks.removeAt(i);
        } else if (m_tasks[i].due <= current) {
            due.append(m_tasks.takeAt(i));
        } else {
            startTimer(m_tasks[i]); // sooner than its first timer, now that time moved on
            ++i;
        }
    }
    // In the order they were scheduled; a task may schedule more, which waits for its time.
    for (const Task &task : std::as_const(due))
        runOnce(task);
}

void MovableClock::runOnce(const Task &task)
{
    if (*task.done || !task.context)
        return;
    *task.done = true;
    task.run();
}

void MovableClock::startTimer(const Task &task)
{
    const qint64 wait = qMax<qint64>(0, now().msecsTo(task.due));
    QTimer::singleShot(std::chrono::milliseconds(wait), task.context, [task] { runOnce(task); });
}
