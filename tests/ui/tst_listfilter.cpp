// SPDX-License-Identifier: MIT
// The segment list's filter matches query text too, not only names (#19 §5), and understands
// list:NAME and field:NAME (#21 §4): in a real window on the sample data.
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>

class tst_ListFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void queriesNeverOpenedAreReadForTheFilter();

private:
    QStringList shown() const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_ListFilter::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
    // Each segment opened once: the window has seen its query.
    for (const char *name : {"Germany", "Trial users in Europe", "High lifetime value",
                             "US newsletter readers", "VIP list", "Gmail readers"})
        QVERIFY2(m_harness->select(QLatin1String(name)), name);
}

QStringList tst_ListFilter::shown() const
{
    auto *table = m_harness->window()->segmentList()->findChild<QTableView *>("segmentTable");
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, 0).data().toString();
    names.sort();
    return names;
}

void tst_ListFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a name") << "gmail" << QStringList {"Gmail readers"};
    QTest::newRow("query text, not in the name")
        << "'Spain'" << QStringList {"Trial users in Europe"};
    QTest::newRow("a field's name in the query")
        << "lifetime_value" << QStringList {"High lifetime value"};
    QTest::newRow("field:") << "field:country"
                            << QStringList {"Germany", "Trial users in Europe",
                                            "US newsletter readers"};
    QTest::newRow("list: in the query") << "list:vip" << QStringList {"VIP list"};
    QTest::newRow("list: as parent list")
        << "list:Newsletter" << QStringList {"US newsletter readers"};
    QTest::newRow("list: with quotes and text")
        << "list:\"Trial users\" spain" << QStringList {"Trial users in Europe"};
    QTest::newRow("field: and list: together")
        << "field:country list:trial" << QStringList {"Trial users in Europe"};
}

void tst_ListFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    auto *search = m_harness->window()->findChild<QLineEdit *>("segmentFilter");
    QVERIFY(search);
    search->setText(filter);
    QCOMPARE(shown(), expected);
    search->clear();
}

// The list endpoint sends no queries: while the filter has text, the window reads those it has
// not seen, so a segment never opened matches by its query too.
void tst_ListFilter::queriesNeverOpenedAreReadForTheFilter()
{
    auto *search = m_harness->window()->findChild<QLineEdit *>("segmentFilter");
    search->setText(QStringLiteral("plan_tier"));
    QTRY_COMPARE(shown(), QStringList {"Pro and enterprise plans"});
    search->setText(QStringLiteral("field:birthday"));
    QTRY_COMPARE(shown(), QStringList {"Birthday unknown"});
    search->clear();
}

QTEST_MAIN(tst_ListFilter)
#include "tst_listfilter.moc"
