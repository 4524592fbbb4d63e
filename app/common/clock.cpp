// SPDX-License-Identifier: MIT
#include "clock.h"

#include <QTimer>

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void Clock::schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> task)
{
    QTimer::singleShot(delay, context, std::move(task));
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}
