// SPDX-License-Identifier: MIT
// Count + 50-row sample over a large sandbox store (budget 400 ms for an indexed predicate),
// next to the same count and sample written by hand in SQLite as the reference; and long
// queries, whose parameters are bound in linear time (budget 1 s over the 10,000 contacts of
// the sample data: 17 s and 25 s before #18).
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
    const VoidResult opened = m_store.open(dir);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
    const Result<QVariant> contacts = m_store.scalar("SELECT COUNT(*) FROM contact_data");
    QVERIFY2(contacts.isOk(), qPrintable(contacts.error()));
    qInfo("contacts: %lld", contacts.value().toLongLong());
}

void bench_Sandbox::segment_data()
{
    reference_data();
    QStringList lower, values;
    for (int i = 0; i < 10000; ++i)
        lower << QStringLiteral("lower(city) = 'no city %1'").arg(i);
    for (int i = 0; i < 50000; ++i)
        values << QStringLiteral("'c%1'").arg(i);
    QTest::newRow("10,000 lower(city) terms") << lower.join(" OR ") + " OR lower(city) = 'osaka'";
    QTest::newRow("50,000-value IN") << "city IN (" + values.join(u',') + ", 'Osaka')";
}

void bench_Sandbox::segment()
{
    QFETCH(QString, where);
    const SegmentEvaluator evaluator(m_store, QDateTime::currentDateTimeUtc());
    const QString query = "SELECT contact_id, updated_at FROM contact_data WHERE " + where;
    Result<Evaluation> result = Result<Evaluation>::failure(QStringLiteral("not run"));
    QBENCHMARK
    {
        result = evaluator.evaluate(query, {});
    }
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().sample.size(), qMin<qint64>(50, result.value().count));
    qInfo("count: %lld", result.value().count);
}

// The hand-written reference, for the predicates it can run as fast as the sandbox.
void bench_Sandbox::reference_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("indexed: city = 'Osaka'") << "city = 'Osaka'";
    QTest::newRow("LIKE: email LIKE '%@gmx.de'") << "email LIKE '%@gmx.de'";
}

void bench_Sandbox::reference()
{
    QFETCH(QString, where);
    QBENCHMARK
    {
        QVERIFY(m_store.scalar("SELECT COUNT(*) FROM contact_data WHERE " + where).isOk());
        auto rows = m_store.run("SELECT * FROM contact_data WHERE " + where + " LIMIT 50");
        QVERIFY(rows.isOk());
        while (rows.value().next()) { }
    }
}

QTEST_GUILESS_MAIN(bench_Sandbox)
#include "bench_sandbox.moc"
