// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

class QObject;

/// Time as the network layer sees it: the current UTC time and delayed tasks.
/// Tests replace it with a clock they advance by hand, so backoff is checked without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    /// Runs `task` after `delay` unless `context` is destroyed first.
    virtual void schedule(std::chrono::milliseconds delay, QObject *context,
                          std::function<void()> task);

    static Clock *system();
};
