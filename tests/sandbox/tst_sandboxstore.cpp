// SPDX-License-Identifier: MIT
// The sandbox store as the contacts search uses it: how SQLite plans its lookups.
#include "sandbox/contactgenerator.h"
#include "sandbox/sandboxstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleMembershipLooksUpById_data();
    void sampleMembershipLooksUpById();

private:
    QTemporaryDir m_dir;
    SandboxStore m_store;
};

void tst_SandboxStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.path()).isOk());
    ContactGenerator generator(m_store, 7, QDateTime::currentDateTimeUtc());
    QVERIFY(generator.generate(20000).isOk());
    QVERIFY(m_store.markSeeded(7).isOk());
    QVERIFY(m_store.createIndexes().isOk());
}

void tst_SandboxStore::sampleMembershipLooksUpById_data()
{
    QTest::addColumn<QString>("condition");
    QTest::newRow("indexed country") << "country = 'Germany'";
    QTest::newRow("indexed city") << "city = 'Berlin'";
}

// A search's segment_ids test each segment on the 50 contacts of its sample. Without planner
// statistics SQLite walked the country index instead (every German, for each of them). Small
// stores plan either way; 20,000 contacts is where it starts to matter.
void tst_SandboxStore::sampleMembershipLooksUpById()
{
    QFETCH(QString, condition);
    QStringList ids;
    for (int i = 0; i < 50; ++i)
        ids << QStringLiteral("'00000000-0000-4000-8000-%1'").arg(i, 12, 10, QLatin1Char('0'));
    auto plan = m_store.run(QStringLiteral("EXPLAIN QUERY PLAN SELECT m.contact_id FROM (SELECT "
                                           "contact_id FROM contact_data WHERE %1) AS m WHERE "
                                           "m.contact_id IN (%2)")
                                .arg(condition, ids.join(u',')));
    QVERIFY2(plan.isOk(), qPrintable(plan.error()));
    QStringList steps;
    while (plan.value().next())
        steps << plan.value().value(3).toString();
    QVERIFY2(steps.join(u'\n').contains(QStringLiteral("INDEX contact_id_unique")),
             qPrintable(steps.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_SandboxStore)
#include "tst_sandboxstore.moc"
