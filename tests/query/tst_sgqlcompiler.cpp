// SPDX-License-Identifier: MIT
#include "query/parser.h"
#include "query/sgqlcompiler.h"

#include <QTest>

class tst_SgqlCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translate_data();
    void translate();
};

void tst_SgqlCompiler::translate_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");
    const QString none;
    QTest::newRow("like") << QStringLiteral("FROM contact_data c WHERE c.email LIKE '%gmail.com'")
                          << QStringLiteral("email LIKE '%gmail.com'") << none;
    QTest::newRow("and/or") << QStringLiteral(
        "FROM contact_data c WHERE c.first_name != 'Dave' OR c.first_name IS NULL")
                            << QStringLiteral("first_name != 'Dave' OR first_name IS NULL") << none;
    QTest::newRow("array many")
        << QStringLiteral("FROM contact_data AS c WHERE array_contains(c.list_ids, ['aaa', 'bbb'])")
        << QStringLiteral("CONTAINS(list_ids, 'aaa') OR CONTAINS(list_ids, 'bbb')") << none;
    QTest::newRow("not array inside and")
        << QStringLiteral("FROM contact_data WHERE country = 'US' AND NOT array_contains(list_ids, "
                          "['a', 'b'])")
        << QStringLiteral(
               "country = 'US' AND NOT (CONTAINS(list_ids, 'a') OR CONTAINS(list_ids, 'b'))")
        << none;
    QTest::newRow("time") << QStringLiteral(
        "FROM contact_data c WHERE c.updated_at < '2024-06-19T00:00:00Z'")
                          << QStringLiteral("updated_at < TIMESTAMP '2024-06-19T00:00:00Z'")
                          << none;
    QTest::newRow("quote") << QStringLiteral("FROM contact_data WHERE last_name = 'O\\'Neil'")
                           << QStringLiteral("last_name = 'O\\'Neil'") << none;
    QTest::newRow("join")
        << QStringLiteral("FROM contact_data c JOIN event_data e ON c.contact_id = e.contact_id "
                          "WHERE e.event_type = 'open'")
        << none
        << QStringLiteral("engagement conditions (event_data) have no contacts-search equivalent");
    QTest::newRow("sub-select") << QStringLiteral(
        "FROM contact_data c WHERE c.contact_id NOT IN (SELECT e.contact_id FROM event_data e)")
                                << none
                                << QStringLiteral("sub-selects (such as \"never opened\") have no "
                                                  "contacts-search equivalent");
    QTest::newRow("no where")
        << QStringLiteral("FROM contact_data") << none
        << QStringLiteral("the query has no condition to preview; every contact matches");
}

void tst_SgqlCompiler::translate()
{
    QFETCH(QString, where);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const ParsedQuery parsed
        = QueryParser::parseStatement(QStringLiteral("SELECT contact_id, updated_at ") + where);
    QVERIFY(!parsed.hasErrors());
    const SgqlTranslation t = SgqlCompiler::translate(*parsed.statement);
    QCOMPARE(t.expression, expected);
    QCOMPARE(t.notTranslatable, reason);
    if (t.ok()) // the result is a valid v1 expression
        QVERIFY(!QueryParser::parseExpression(t.expression).hasErrors());
}

QTEST_GUILESS_MAIN(tst_SgqlCompiler)
#include "tst_sgqlcompiler.moc"
