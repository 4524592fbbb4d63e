// SPDX-License-Identifier: MIT
// LatestWork: CPU work off the asking thread, with only the latest result delivered.
#include "common/latestwork.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

/// Work that says when it has started, waits to be let go, and says when it has finished.
struct HeldWork
{
    QSemaphore started;
    QSemaphore hold;
    QSemaphore finished;

    auto work()
    {
        return [this] {
            started.release();
            hold.acquire();
            finished.release();
            return 1;
        };
    }
};

} // namespace

class tst_LatestWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAwayAndAnswersOnTheOwnersThread();
    void onlyTheLatestRunIsDelivered();
    void cancelledWorkIsNeverDelivered();
    void staleWorkThatHasNotStartedIsSkipped();
    void aGoneOwnerGetsNothing();
};

void tst_LatestWork::runsAwayAndAnswersOnTheOwnersThread()
{
    QObject owner;
    LatestWork work(&owner);
    QThread *worker = nullptr;
    QThread *answeredOn = nullptr;
    work.run(
        [&worker] {
            worker = QThread::currentThread();
            return 42;
        },
        [&answeredOn](int value) {
            QCOMPARE(value, 42);
            answeredOn = QThread::currentThread();
        });
    QTRY_VERIFY(answeredOn);
    QVERIFY(worker && worker != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
}

void tst_LatestWork::onlyTheLatestRunIsDelivered()
{
    QObject owner;
    LatestWork work(&owner);
    // The first run holds the worker until the later ones are asked for.
    QSemaphore hold;
    QList<int> delivered;
    work.run(
        [&hold] {
            hold.acquire();
            return 1;
        },
        [&](int v) { delivered << v; });
    work.run([] { return 2; }, [&](int v) { delivered << v; });
    work.run([] { return 3; }, [&](int v) { delivered << v; });
    hold.release();
    QTRY_COMPARE(delivered, QList<int> {3});
    QTest::qWait(20); // nothing stale trickles in afterwards
    QCOMPARE(delivered, QList<int> {3});
}

void tst_LatestWork::cancelledWorkIsNeverDelivered()
{
    QObject owner;
    LatestWork work(&owner);
    HeldWork held;
    bool delivered = false;
    work.run(held.work(), [&](int) { delivered = true; });
    held.started.acquire(); // running: a cancel must drop its result, not skip it
    work.cancel();
    held.hold.release();
    held.finished.acquire(); // the work ran to its end
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
}

void tst_LatestWork::staleWorkThatHasNotStartedIsSkipped()
{
    QObject owner;
    LatestWork work(&owner);
    QSemaphore started;
    QSemaphore hold;
    bool staleRan = false;
    int delivered = 0;
    work.run(
        [&] {
            started.release();
            hold.acquire();
            return 1;
        },
        [&](int v) { delivered = v; });
    started.acquire(); // the worker is busy with the first run
    work.run(
        [&] {
            staleRan = true;
            return 2;
        },
        [&](int v) { delivered = v; });
    work.run([] { return 3; }, [&](int v) { delivered = v; });
    hold.release();
    QTRY_COMPARE(delivered, 3);
    QVERIFY(!staleRan);
}

void tst_LatestWork::aGoneOwnerGetsNothing()
{
    HeldWork held;
    bool delivered = false;
    {
        QObject owner;
        LatestWork work(&owner);
        work.run(held.work(), [&](int) { delivered = true; });
        held.started.acquire();
    }
    held.hold.release();
    held.finished.acquire();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
}

QTEST_GUILESS_MAIN(tst_LatestWork)
#include "tst_latestwork.moc"
