// SPDX-License-Identifier: MIT
#include "query/linter.h"
#include "support/queryexamples.h"

#include <QTest>

class tst_Linter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesHaveNoErrors_data();
    void examplesHaveNoErrors();
    void rules_data();
    void rules();
    void unknownCustomFieldIsOnlyAWarningWithoutCatalogue();
    void joinThatRelatesNoTablesIsWarned_data();
    void joinThatRelatesNoTablesIsWarned();
    void dateCheckAgreesWithQDateTime_data();
    void dateCheckAgreesWithQDateTime();
};

static FieldCatalogue catalogue()
{
    using T = FieldDefinition::Type;
    return FieldCatalogue(
        {{QStringLiteral("e1_T"), QStringLiteral("my_text_custom_field"), T::Text, false, false},
         {QStringLiteral("e2_N"), QStringLiteral("my_number_custom_field"), T::Number, false,
          false},
         {QStringLiteral("e3_D"), QStringLiteral("my_date_custom_field"), T::Date, false, false}});
}

void tst_Linter::examplesHaveNoErrors_data()
{
    QTest::addColumn<QString>("text");
    for (const QueryExample &ex : loadQueryExamples())
        QTest::newRow(qPrintable(ex.title.left(70))) << ex.text;
}

void tst_Linter::examplesHaveNoErrors()
{
    QFETCH(QString, text);
    const auto diagnostics = QueryLinter::lint(text, catalogue());
    for (const Diagnostic &d : diagnostics)
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
}

void tst_Linter::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the one diagnostic, as printed
    QTest::addColumn<QString>("fixIt");
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ");
    QTest::newRow("select list")
        << QStringLiteral("SELECT email FROM contact_data")
        << QStringLiteral("1:8: error: A segment selects exactly contact_id, updated_at (plus at "
                          "most one MAX(…) AS name for last-event queries)")
        << QStringLiteral("contact_id, updated_at");
    QTest::newRow("table") << QStringLiteral("SELECT contact_id, updated_at FROM contacts")
                           << QStringLiteral("1:36: error: Unknown table \"contacts\": segments "
                                             "can only use contact_data and event_data")
                           << QStringLiteral("contact_data");
    QTest::newRow("join key") << head
            + QStringLiteral("JOIN event_data e ON c.email = e.contact_id")
                              << QStringLiteral("1:76: error: Tables can only be joined on "
                                                "contact_id, e.g. ON c.contact_id = e.contact_id")
                              << QString();
    QTest::newRow("typo") << head + QStringLiteral("WHERE c.frist_name = 'Ann'")
                          << QStringLiteral("1:61: error: Unknown column \"frist_name\" in "
                                            "contact_data — did you mean \"first_name\"?")
                          << QStringLiteral("first_name");
    QTest::newRow("alias") << head + QStringLiteral("WHERE x.email = 'a'")
                           << QStringLiteral(
                                  "1:61: error: \"x\" is not a table or alias of this query")
                           << QString();
    QTest::newRow("number vs text")
        << head + QStringLiteral("WHERE c.my_number_custom_field = '12'")
        << QStringLiteral("1:61: warning: my_number_custom_field is a Number field compared with "
                          "text; remove the quotes")
        << QStringLiteral("12");
    QTest::newRow("text vs number")
        << head + QStringLiteral("WHERE c.postal_code = 80302")
        << QStringLiteral(
               "1:61: warning: postal_code is a Text field compared with a number; quote the value")
        << QStringLiteral("'80302'");
    QTest::newRow("array equals")
        << head + QStringLiteral("WHERE c.list_ids = 'abc'")
        << QStringLiteral("1:61: warning: list_ids is a list; use array_contains(list_ids, value)")
        << QString();
    QTest::newRow("no such day")
        << head + QStringLiteral("WHERE c.created_at > '2024-13-45'")
        << QStringLiteral("1:61: error: created_at: '2024-13-45' is no real day or time; ISO-8601 "
                          "months run 01 to 12, days to the month's last, hours 00 to 23")
        << QString();
    QTest::newRow("bad date") << head + QStringLiteral("WHERE c.created_at > 'last week'")
                              << QStringLiteral("1:61: warning: created_at is a date; write times "
                                                "as ISO-8601, e.g. '2024-06-19T00:00:00Z'")
                              << QString();
    const QString known = QStringLiteral(": segments can use array_contains, contains, lower, "
                                         "upper, length, concat, now, current_timestamp, "
                                         "timestampadd and max");
    QTest::newRow("unknown function")
        << head + QStringLiteral("WHERE soundex(c.last_name) = 'S530'")
        << QStringLiteral("1:61: error: Unknown function soundex()") + known << QString();
    QTest::newRow("load_extension")
        << head + QStringLiteral("WHERE load_extension('/tmp/x.so') IS NULL")
        << QStringLiteral("1:61: error: Unknown function load_extension()") + known << QString();
    QTest::newRow("readfile") << head + QStringLiteral("WHERE readfile('/etc/passwd') = 'x'")
                              << QStringLiteral("1:61: error: Unknown function readfile()") + known
                              << QString();
    QTest::newRow("char") << head + QStringLiteral("WHERE c.first_name = char(65)")
                          << QStringLiteral("1:76: error: Unknown function char()") + known
                          << QString();
    QTest::newRow("lower with three arguments")
        << head + QStringLiteral("WHERE lower(c.email, 'a', 'b') = 'x'")
        << QStringLiteral("1:61: error: lower() takes one argument, not 3") << QString();
    QTest::newRow("now with an argument")
        << head + QStringLiteral("WHERE c.created_at > now(1)")
        << QStringLiteral("1:76: error: now() takes no arguments, not 1") << QString();
    QTest::newRow("aggregate in WHERE")
        << head + QStringLiteral("WHERE max(c.created_at) > '2024-01-01T00:00:00Z'")
        << QStringLiteral("1:61: error: max() is an aggregate: it belongs in the select list or "
                          "HAVING, not in WHERE, ON or GROUP BY")
        << QString();
    QTest::newRow("unknown function inside max")
        << QStringLiteral("SELECT c.contact_id, c.updated_at, max(soundex(c.email)) AS s "
                          "FROM contact_data c")
        << QStringLiteral("1:40: error: Unknown function soundex()") + known << QString();
    QTest::newRow("only events")
        << QStringLiteral("SELECT contact_id, updated_at FROM event_data")
        << QStringLiteral(
               "1:36: error: A segment must select from contact_data: it is the table of contacts")
        << QString();
    QTest::newRow("event column")
        << head
            + QStringLiteral(
                "JOIN event_data e ON c.contact_id = e.contact_id WHERE e.event_tpye = 'open'")
        << QStringLiteral("1:110: error: Unknown column \"event_tpye\" in event_data — did you "
                          "mean \"event_type\"?")
        << QStringLiteral("event_type");
}

void tst_Linter::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, fixIt);
    const auto diagnostics = QueryLinter::lint(text, catalogue());
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().toString(), expected);
    QCOMPARE(diagnostics.first().fixIt, fixIt);
}

void tst_Linter::unknownCustomFieldIsOnlyAWarningWithoutCatalogue()
{
    const auto diagnostics = QueryLinter::lint(
        QStringLiteral(
            "SELECT contact_id, updated_at FROM contact_data WHERE loyalty_tier = 'gold'"),
        FieldCatalogue());
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(!diagnostics.first().isError());
    QVERIFY(diagnostics.first().message.contains(QStringLiteral("custom field")));
}

void tst_Linter::joinThatRelatesNoTablesIsWarned_data()
{
    QTest::addColumn<QString>("joins");
    QTest::addColumn<QString>("warning"); ///< the one about the join; empty: none
    const QString cAndD = QStringLiteral("This join's condition does not relate c and d: every "
                                         "row of one meets every row of the other");
    QTest::newRow("one alias twice")
        << QStringLiteral("JOIN contact_data d ON c.contact_id = c.contact_id") << cAndD;
    QTest::newRow("the joined alias twice")
        << QStringLiteral("JOIN event_data d ON d.contact_id = d.contact_id") << cAndD;
    QTest::newRow("constants") << QStringLiteral("JOIN event_data d ON 1 = 1") << cAndD;
    QTest::newRow("unqualified") << QStringLiteral("JOIN event_data d ON contact_id = contact_id")
                                 << cAndD;
    QTest::newRow("related") << QStringLiteral("JOIN event_data d ON c.contact_id = d.contact_id")
                             << QString();
    QTest::newRow("related the other way round")
        << QStringLiteral("JOIN event_data d ON (d.contact_id = c.contact_id)") << QString();
    QTest::newRow("second join") << QStringLiteral("JOIN event_data d ON c.contact_id = "
                                                   "d.contact_id JOIN event_data e ON "
                                                   "c.contact_id = d.contact_id")
                                 << QStringLiteral("This join's condition does not relate e and "
                                                   "any of c, d: every row of one meets every "
                                                   "row of the other");
    QTest::newRow("in a sub-select")
        << QStringLiteral("WHERE c.contact_id IN (SELECT d.contact_id FROM event_data d JOIN "
                          "event_data e ON d.contact_id = d.contact_id)")
        << QStringLiteral("This join's condition does not relate d and e: every row of one meets "
                          "every row of the other");
}

// A join on one alias twice linted clean; created in the sandbox, its count never finished.
void tst_Linter::joinThatRelatesNoTablesIsWarned()
{
    QFETCH(QString, joins);
    QFETCH(QString, warning);
    const QString text
        = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ") + joins;
    QList<Diagnostic> found;
    for (const Diagnostic &d : QueryLinter::lint(text, catalogue()))
        if (d.message.startsWith(QStringLiteral("This join")))
            found << d;
    if (warning.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.first().isError());
    QCOMPARE(found.first().message, warning);
    // Placed on the ON condition of the join it is about.
    const int on = int(text.lastIndexOf(QStringLiteral(" ON ")) + 4);
    QCOMPARE(found.first().range.offset, on);
}

void tst_Linter::dateCheckAgreesWithQDateTime_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<bool>("lenientQtOnly"); ///< QDateTime takes it; ISO-8601 does not
    for (const char *time : {"2024-06-19",
                             "2024-06-19T00:00:00Z",
                             "2024-06-19T23:59:59.123Z",
                             "2024-06-19T10:30",
                             "2024-06-19T10:30:00+02:00",
                             "2024-06-19T10:30:00-0500",
                             "2024-06-19 10:30:00",
                             "2024-02-29",
                             "2023-02-29",
                             "2024-13-01",
                             "2024-06-31",
                             "2024-6-19",
                             "24-06-19",
                             "2024-06-19T25:00:00Z",
                             "2024-06-19T10:61:00Z",
                             "2024-06-19T10:30:00X",
                             "2024-06-19T",
                             "yesterday",
                             "",
                             "2024-06-19T10:30:00.5+01:00"})
        QTest::newRow(time) << QString::fromLatin1(time) << false;
    QTest::newRow("slashes") << QStringLiteral("2024/06/19") << true;
    QTest::newRow("one-digit zone") << QStringLiteral("2024-06-19T10:30:00+1") << true;
}

// The linter's hand-written ISO-8601 check agrees with QDateTime, except where Qt is lenient.
void tst_Linter::dateCheckAgreesWithQDateTime()
{
    QFETCH(QString, time);
    QFETCH(bool, lenientQtOnly);
    const QString query
        = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE created_at > '%1'")
              .arg(time);
    const auto diagnostics = QueryLinter::lint(query, catalogue());
    const bool warned
        = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
              return d.message.contains(QStringLiteral("ISO-8601"));
          });
    QCOMPARE(!warned, QDateTime::fromString(time, Qt::ISODateWithMs).isValid() && !lenientQtOnly);
}

QTEST_GUILESS_MAIN(tst_Linter)
#include "tst_linter.moc"
