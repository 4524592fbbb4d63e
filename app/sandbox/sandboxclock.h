// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"

#include <QDateTime>

/// Time as the sandbox keeps it: the clock it was given (tests set their own, so they move time
/// instead of waiting for it) and the scale that makes SendGrid's schedules pass faster. Read on
/// the server and the evaluation threads alike, so the clock's now() must be thread-safe.
class SandboxClock
{
public:
    SandboxClock(const Clock *clock, double timeScale)
        : m_clock(clock ? clock : Clock::system())
        , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    { }

    QDateTime now() const { return m_clock->now(); }
    /// `seconds` of SendGrid's schedule from now, divided by the time scale.
    QDateTime later(qint64 seconds) const
    {
        return now().addMSecs(qint64(double(seconds) * 1000.0 / m_timeScale));
    }
    double timeScale() const { return m_timeScale; }

private:
    const Clock *m_clock;
    double m_timeScale;
};
