// SPDX-License-Identifier: MIT
// The SGQL v1 conditions of a live preview, as text: matches, joins and leaves.
#include "editing/livepreviewquery.h"
#include "query/parser.h"

#include <QTest>

namespace {

const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");

} // namespace

class tst_LivePreviewQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void arrivals_data();
    void arrivals();
};

void tst_LivePreviewQuery::matches_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("lists");
    QTest::addColumn<QString>("expected");
    QTest::newRow("as written") << "c = 'x'" << QStringList() << "c = 'x'";
    QTest::newRow("within the parent list") << "c = 'x' OR d = 1" << QStringList {"L1"}
                                            << "(c = 'x' OR d = 1) AND CONTAINS(list_ids, 'L1')";
}

void tst_LivePreviewQuery::matches()
{
    QFETCH(QString, where);
    QFETCH(QStringList, lists);
    QFETCH(QString, expected);
    const ParsedQuery parsed = QueryParser::parseStatement(head + where);
    QVERIFY(!parsed.hasErrors());
    const Result<QString> condition = LivePreviewQuery::matches(*parsed.statement, lists);
    QVERIFY2(condition.isOk(), qPrintable(condition.error()));
    QCOMPARE(condition.value(), expected);
}

void tst_LivePreviewQuery::arrivals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");
    const QString none;
    // "Not in `from`": TRUE where its condition is FALSE or NULL.
    QTest::newRow("nullable comparison")
        << "b < '1990-01-01'"
        << "c = 'x'"
        << "c = 'x' AND (NOT b < '1990-01-01' OR b IS NULL)" << none;
    QTest::newRow("every field it reads")
        << "lower(a) = b"
        << "c = 'x'"
        << "c = 'x' AND (NOT lower(a) = b OR a IS NULL OR b IS NULL)" << none;
    QTest::newRow("not: TRUE or NULL inside") << "NOT (b = 1)"
                                              << "c = 'x'"
                                              << "c = 'x' AND (b = 1 OR b IS NULL)" << none;
    QTest::newRow("and becomes or")
        << "a = 1 AND b = 2"
        << "c = 'x'"
        << "c = 'x' AND ((NOT a = 1 OR a IS NULL) OR (NOT b = 2 OR b IS NULL))" << none;
    QTest::newRow("or becomes and")
        << "a = 1 OR NOT (b = 2 OR c IS NULL)"
        << "d = 'x'"
        << "d = 'x' AND ((NOT a = 1 OR a IS NULL) AND ((b = 2 OR b IS NULL) OR c IS NULL))" << none;
    QTest::newRow("never NULL: emptiness, lists")
        << "b IS NULL OR array_contains(list_ids, 'L1')"
        << "c = 'x'"
        << "c = 'x' AND (NOT b IS NULL AND NOT CONTAINS(list_ids, 'L1'))" << none;
    QTest::newRow("saved has engagement")
        << "c.contact_id IN (SELECT e.contact_id FROM event_data AS e)"
        << "c = 'x'" << none
        << "sub-selects (such as \"never opened\") have no contacts-search equivalent";
    QTest::newRow("no condition") << ""
                                  << "c = 'x'" << none
                                  << "the query has no condition to preview; every contact matches";
}

void tst_LivePreviewQuery::arrivals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const auto statement = [](const QString &where) {
        return QueryParser::parseStatement(
            where.isEmpty() ? QStringLiteral("SELECT contact_id, updated_at FROM contact_data")
                            : head + where);
    };
    const ParsedQuery old = statement(from);
    const ParsedQuery edited = statement(to);
    QVERIFY(!old.hasErrors() && !edited.hasErrors());
    const Result<QString> condition
        = LivePreviewQuery::arrivals(*old.statement, *edited.statement, {});
    QCOMPARE(condition.isOk() ? QString() : condition.error(), reason);
    if (!condition.isOk())
        return;
    QCOMPARE(condition.value(), expected);
    QVERIFY(!QueryParser::parseExpression(condition.value()).hasErrors());
}

QTEST_GUILESS_MAIN(tst_LivePreviewQuery)
#include "tst_livepreviewquery.moc"
