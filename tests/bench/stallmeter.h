// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

/// The longest time the event loop went without running while the meter was on.
class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { sample(); });
        m_clock.start();
        m_tick.start();
    }

    /// Stops the meter and prints its figure for scripts/bench. (Not a QBENCHMARK result:
    /// QtTest would run each operation twice, and the first time is what users see.)
    void report()
    {
        sample();
        m_tick.stop();
        qInfo("longest stall of %s: %.1f ms", QTest::currentTestFunction(),
              double(m_longestNs) / 1e6);
    }

private:
    void sample()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = qMax(m_longestNs, now - m_lastNs);
        m_lastNs = now;
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};
