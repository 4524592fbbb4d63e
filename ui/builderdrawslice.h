// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>

#include <limits>

/// One slice of a draw of the builder's tree: groups stop making and updating items once its
/// time is up, and the next slice of the same draw (the same generation) goes on where the last
/// stopped, skipping the items it already drew. Drawing a 10 KB query at once blocked the GUI
/// thread for 150–230 ms; in slices the rows on screen come first and no turn of the event loop
/// waits long (#19 §4).
class BuilderDrawSlice
{
public:
    /// A slice of the draw `generation` that may take `budgetNs` (unlimited: the whole draw).
    explicit BuilderDrawSlice(int generation, qint64 budgetNs = std::numeric_limits<qint64>::max())
        : m_generation(generation)
        , m_budgetNs(budgetNs)
    {
        m_clock.start();
    }

    /// A number no draw had before.
    static int newGeneration()
    {
        static int last = 0;
        return ++last;
    }
    int generation() const { return m_generation; }
    bool spent() const { return m_clock.nsecsElapsed() > m_budgetNs; }

private:
    QElapsedTimer m_clock;
    int m_generation;
    qint64 m_budgetNs;
};
