// SPDX-License-Identifier: MIT
// Count + 50-row sample over a large sandbox store (budget 400 ms for an indexed predicate),
// next to the same count and sample written by hand in SQLite as the reference.
// Run by scripts/bench with SEGMENTDESK_BENCH_STORE=<dir of sandbox.sqlite>; not by ctest.
#include "sandbox/sandboxstore.h"
#include "sandbox/segmentevaluator.h"

#include <QTest>

class bench_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void segment_data();
    void segment();
    void reference_data();
    void reference();

private:
    SandboxStore m_store;
};

void bench_Sandbox::initTestCase()
{
    const QString dir = qEnvironmentVariable("SEGMENTDESK_BENCH_STORE");
    if (dir.isEmpty())
        QSKIP("set SEGMENTDESK_BENCH_STORE to a sandbox data folder");
    QCOMPARE(m_store.open(dir), QString());
    qInfo("contacts: %lld", m_store.scalar("SELECT COUNT(*) FROM contact_data").toLongLong());
}

void bench_Sandbox::segment_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("indexed: city = 'Osaka'") << "city = 'Osaka'";
    QTest::newRow("LIKE: email LIKE '%@gmx.de'") << "email LIKE '%@gmx.de'";
}

void bench_Sandbox::segment()
{
    QFETCH(QString, where);
    const SegmentEvaluator evaluator(m_store);
    const QString query = "SELECT contact_id, updated_at FROM contact_data WHERE " + where;
    Evaluation result;
    QBENCHMARK
    {
        result = evaluator.evaluate(query, {});
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.sample.size(), 50);
    qInfo("count: %lld", result.count);
}

void bench_Sandbox::reference_data()
{
    segment_data();
}

void bench_Sandbox::reference()
{
    QFETCH(QString, where);
    QBENCHMARK
    {
        m_store.scalar("SELECT COUNT(*) FROM contact_data WHERE " + where);
        auto rows = m_store.run("SELECT * FROM contact_data WHERE " + where + " LIMIT 50");
        while (rows && rows->next()) { }
    }
}

QTEST_GUILESS_MAIN(bench_Sandbox)
#include "bench_sandbox.moc"
