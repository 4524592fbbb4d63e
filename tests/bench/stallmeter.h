// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <time.h>

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
        // The monotonic end time lets a profile (perf record -k CLOCK_MONOTONIC) be cut to it.
        // The CPU figure is the work the GUI thread did without a turn of the event loop: on a
        // machine whose cores are busy with other work, the wall time also holds the waits for
        // a core.
        qInfo("longest stall of %s: %.1f ms (ended at monotonic %.6f s); most work between two "
              "turns of the event loop: %.1f ms of CPU (ended at %.6f s)",
              QTest::currentTestFunction(), double(m_longestNs) / 1e6, m_longestEnd,
              double(m_mostCpuNs) / 1e6, m_mostCpuEnd);
    }

private:
    void sample()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (cpu - m_lastCpuNs > m_mostCpuNs) {
            m_mostCpuNs = cpu - m_lastCpuNs;
            m_mostCpuEnd = monotonicSeconds();
        }
        m_lastCpuNs = cpu;
        if (now - m_lastNs > m_longestNs) {
            m_longestNs = now - m_lastNs;
            timespec monotonic {};
            clock_gettime(CLOCK_MONOTONIC, &monotonic);
            m_longestEnd = double(monotonic.tv_sec) + double(monotonic.tv_nsec) / 1e9;
        }
        m_lastNs = now;
    }

    static double monotonicSeconds()
    {
        timespec monotonic {};
        clock_gettime(CLOCK_MONOTONIC, &monotonic);
        return double(monotonic.tv_sec) + double(monotonic.tv_nsec) / 1e9;
    }

    static qint64 threadCpuNs()
    {
        timespec cpu {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        return qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec;
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    double m_longestEnd = 0;
    qint64 m_lastCpuNs = threadCpuNs();
    qint64 m_mostCpuNs = 0;
    double m_mostCpuEnd = 0;
};
