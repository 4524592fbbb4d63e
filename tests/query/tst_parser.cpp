// SPDX-License-Identifier: MIT
// The parser and formatter: every reference example, exact diagnostics, random round trips.
#include "query/formatter.h"
#include "query/parser.h"
#include "support/queryexamples.h"

#include <QRandomGenerator>
#include <QTest>

class tst_Parser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void lenientSuperset_data();
    void lenientSuperset();
    void errors_data();
    void errors();
    void independentMistakesAreAllReported();
    void commentsSurviveFormatting();
    void formatLayout();
    void deepNestingIsAnErrorNotACrash();
    void randomRoundTrip();
};

void tst_Parser::examples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("v1");
    const auto examples = loadQueryExamples();
    QVERIFY(examples.size() >= 24); // 24 queries in the reference file today
    for (const QueryExample &ex : examples)
        QTest::newRow(qPrintable(ex.title.left(70))) << ex.text << ex.v1Expression;
}

void tst_Parser::examples()
{
    QFETCH(QString, text);
    QFETCH(bool, v1);
    const ParsedQuery parsed = QueryParser::parse(text);
    QCOMPARE(parsed.form, v1 ? ParsedQuery::Form::Expression : ParsedQuery::Form::Statement);
    QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.diagnostics.value(0).toString()));
    const QString formatted = QueryFormatter::format(parsed, text);
    QCOMPARE(QueryFormatter::format(formatted), formatted); // idempotent
    const ParsedQuery again = QueryParser::parse(formatted);
    QVERIFY2(!again.hasErrors(), qPrintable(formatted));
    if (v1)
        QVERIFY(structurallyEqual(parsed.expression, again.expression));
    else
        QVERIFY(structurallyEqual(parsed.statement, again.statement));
}

void tst_Parser::lenientSuperset_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower keywords")
        << QStringLiteral("select contact_id, updated_at from contact_data where email like '%a'");
    QTest::newRow("alias no AS") << QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data c");
    QTest::newRow("backticks") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE `2fa_code` = 'x'");
    QTest::newRow("double quotes")
        << QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE city = \"Köln\"");
    QTest::newRow("escapes") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE last_name = 'O\\'Neil'");
    QTest::newRow("numbers") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE score >= 1.5 AND n % 2 = 0");
    QTest::newRow("booleans null") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE vip = TRUE AND x IS NOT NULL");
    QTest::newRow("not between") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE age NOT BETWEEN 18 AND 30");
    QTest::newRow("not in list") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE country NOT IN ('US', 'CA')");
    QTest::newRow("<>") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE country <> 'US'");
    QTest::newRow("max alias group") << QStringLiteral(
        "SELECT c.contact_id, c.updated_at, MAX(e.event_timestamp) AS last_open FROM contact_data "
        "c INNER JOIN event_data e ON c.contact_id = e.contact_id GROUP BY c.contact_id, "
        "c.updated_at HAVING last_open < now() - INTERVAL 30 DAY");
    QTest::newRow("timestampadd") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE created_at > timestampadd(day, -30, "
        "current_timestamp())");
    QTest::newRow("semicolon") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data;");
    QTest::newRow("comments") << QStringLiteral(
        "-- all\nSELECT contact_id, updated_at /* both */ FROM contact_data");
}

void tst_Parser::lenientSuperset()
{
    QFETCH(QString, text);
    const ParsedQuery parsed = QueryParser::parseStatement(text);
    QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.diagnostics.value(0).toString()));
    const QString formatted = QueryFormatter::format(parsed, text);
    QVERIFY(structurallyEqual(parsed.statement, QueryParser::parseStatement(formatted).statement));
    QCOMPARE(QueryFormatter::format(formatted), formatted);
}

void tst_Parser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing FROM")
        << QStringLiteral("SELECT contact_id, updated_at WHERE a = 1") << 1 << 31
        << QStringLiteral("Expected FROM after the selected columns, found \"WHERE\"");
    QTest::newRow("unclosed string")
        << QStringLiteral("SELECT contact_id, updated_at FROM contact_data\nWHERE email = 'abc")
        << 2 << 15 << QStringLiteral("This text value is never closed: add ' at its end");
    QTest::newRow("dangling AND")
        << QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE a = 1 AND") << 1
        << 64 << QStringLiteral("Expected a value or a column name, found the end of the query");
    QTest::newRow("missing paren")
        << QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE (a = 1 OR b = 2")
        << 1 << 70
        << QStringLiteral(
               "Missing ) to close the ( at line 1, column 55; found the end of the query");
    QTest::newRow("IS without NULL")
        << QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE a IS 3") << 1 << 60
        << QStringLiteral("Expected NULL after IS, found \"3\"");
    QTest::newRow("DML") << QStringLiteral("DELETE FROM contact_data") << 1 << 1
                         << QStringLiteral("Segments only select contacts: DELETE statements are "
                                           "not allowed. Start with SELECT contact_id, updated_at");
    QTest::newRow("trailing") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE a = 1 b")
                              << 1 << 61
                              << QStringLiteral("Unexpected \"b\" after the end of the query");
    QTest::newRow("bad char") << QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE a = 1 # 2")
                              << 1 << 61 << QStringLiteral("Unexpected character \"#\"");
    QTest::newRow("interval unit")
        << QStringLiteral("email = 'x' AND t > now() - INTERVAL 3 fortnights") << 1 << 40
        << QStringLiteral("Expected a time unit after INTERVAL n (second, minute, hour, day, week, "
                          "month or year), found \"fortnights\"");
}

void tst_Parser::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ParsedQuery parsed = QueryParser::parse(text);
    QVERIFY(parsed.hasErrors());
    QCOMPARE(parsed.diagnostics.size(), 1); // one mistake, one diagnostic
    const Diagnostic &d = parsed.diagnostics.first();
    QCOMPARE(d.message, message);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(QueryFormatter::format(parsed, text), text); // never rewrite a broken query
}

void tst_Parser::independentMistakesAreAllReported()
{
    const QString text = QStringLiteral("SELECT contact_id, updated_at FROM contact_data\n"
                                        "WHERE a = AND b IS 4\n  OR c IN ('x' 'y')");
    const ParsedQuery parsed = QueryParser::parse(text);
    QCOMPARE(parsed.diagnostics.size(), 3);
    QCOMPARE(parsed.diagnostics[0].line, 2);
    QCOMPARE(parsed.diagnostics[0].column, 11);
    QCOMPARE(parsed.diagnostics[1].column, 20);
    QCOMPARE(parsed.diagnostics[2].line, 3);
}

void tst_Parser::commentsSurviveFormatting()
{
    const QString text
        = QStringLiteral("-- VIPs in Colorado\nselect contact_id, updated_at from contact_data\n"
                         "where state_province_region = 'CO' /* state */ and vip = true -- tier\n");
    const QString formatted = QueryFormatter::format(text);
    QCOMPARE(formatted,
             QStringLiteral("-- VIPs in Colorado\n"
                            "SELECT contact_id, updated_at\n"
                            "FROM contact_data\n"
                            "WHERE state_province_region = 'CO'\n"
                            "  /* state */\n"
                            "  AND vip = TRUE\n"
                            "-- tier"));
    QCOMPARE(QueryFormatter::format(formatted), formatted);
}

void tst_Parser::formatLayout()
{
    const QString text
        = QStringLiteral("select c.contact_id,c.updated_at from contact_data c join event_data e "
                         "on c.contact_id=e.contact_id "
                         "where (c.a=1 or c.b=2) and c.contact_id not in (select e2.contact_id "
                         "from event_data e2 where e2.event_type='open')");
    QCOMPARE(QueryFormatter::format(text),
             QStringLiteral("SELECT c.contact_id, c.updated_at\n"
                            "FROM contact_data AS c\n"
                            "JOIN event_data AS e ON c.contact_id = e.contact_id\n"
                            "WHERE (\n"
                            "    c.a = 1\n"
                            "      OR c.b = 2\n"
                            ")\n"
                            "  AND c.contact_id NOT IN (\n"
                            "      SELECT e2.contact_id\n"
                            "      FROM event_data AS e2\n"
                            "      WHERE e2.event_type = 'open'\n"
                            "  )"));
}

void tst_Parser::deepNestingIsAnErrorNotACrash()
{
    const QString text = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ")
        + QString(5000, u'(') + QStringLiteral("a = 1") + QString(5000, u')');
    const ParsedQuery parsed = QueryParser::parse(text);
    QVERIFY(parsed.hasErrors());
    QVERIFY(parsed.diagnostics.first().message.contains(QStringLiteral("nested too deeply")));
}

namespace {

class RandomQuery
{
public:
    explicit RandomQuery(quint32 seed)
        : m_rng(seed)
    { }

    QString condition(int depth)
    {
        const int pick = int(m_rng.bounded(depth > 3 ? 6 : 9));
        switch (pick) {
        case 0:
            return column() + u' ' + comparison() + u' ' + value();
        case 1:
            return column() + (flip() ? QStringLiteral(" NOT LIKE ") : QStringLiteral(" LIKE "))
                + string();
        case 2:
            return column()
                + (flip() ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
        case 3:
            return column() + (flip() ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN ("))
                + value() + QStringLiteral(", ") + value() + u')';
        case 4:
            return QStringLiteral("array_contains(c.list_ids, [") + string() + QStringLiteral(", ")
                + string() + QStringLiteral("])");
        case 5:
            return column() + QStringLiteral(" BETWEEN ") + arithmetic(2) + QStringLiteral(" AND ")
                + arithmetic(2);
        case 6:
            return u'(' + condition(depth + 1)
                + (flip() ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + condition(depth + 1)
                + u')';
        case 7:
            return QStringLiteral("NOT ") + condition(depth + 1);
        default:
            return condition(depth + 1)
                + (flip() ? QStringLiteral(" and ") : QStringLiteral(" OR "))
                + condition(depth + 1);
        }
    }

private:
    bool flip() { return m_rng.bounded(2) == 0; }
    QString column()
    {
        static const QStringList names
            = {QStringLiteral("c.email"), QStringLiteral("first_name"), QStringLiteral("c.`2fa`"),
               QStringLiteral("c.score"), QStringLiteral("e.DATA:payload.id")};
        return names[m_rng.bounded(int(names.size()))];
    }
    QString comparison()
    {
        static const QStringList ops
            = {QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
               QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
        return ops[m_rng.bounded(int(ops.size()))];
    }
    QString string()
    {
        static const QStringList texts
            = {QStringLiteral("'a'"),          QStringLiteral("'O\\'Neil'"),
               QStringLiteral("'O''Brien'"),   QStringLiteral("\"x y\""),
               QStringLiteral("'%gmail.com'"), QStringLiteral("'back\\\\slash'")};
        return texts[m_rng.bounded(int(texts.size()))];
    }
    QString value() { return flip() ? string() : arithmetic(0); }
    QString arithmetic(int depth)
    {
        if (depth > 2 || flip())
            return QString::number(m_rng.bounded(1000))
                + (flip() ? QStringLiteral(".5") : QString());
        static const QStringList ops
            = {QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("/"),
               QStringLiteral("%")};
        const QString inner = arithmetic(depth + 1) + u' ' + ops[m_rng.bounded(int(ops.size()))]
            + u' ' + arithmetic(depth + 1);
        return flip() ? u'(' + inner + u')'
                      : (flip() ? QStringLiteral("- ") + arithmetic(depth + 1) : inner);
    }

    QRandomGenerator m_rng;
};

} // namespace

void tst_Parser::randomRoundTrip()
{
    // Seeded random queries → parse → format → parse: the trees must be equal, every time.
    constexpr int Cases = 3000;
    for (quint32 seed = 1; seed <= Cases; ++seed) {
        RandomQuery generator(seed);
        const QString text
            = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN "
                             "event_data e ON c.contact_id = e.contact_id WHERE ")
            + generator.condition(0);
        const ParsedQuery first = QueryParser::parseStatement(text);
        QVERIFY2(!first.hasErrors(),
                 qPrintable(QStringLiteral("seed %1: %2\n%3")
                                .arg(seed)
                                .arg(first.diagnostics.value(0).toString(), text)));
        const QString formatted = QueryFormatter::format(first, text);
        const ParsedQuery second = QueryParser::parseStatement(formatted);
        QVERIFY2(
            structurallyEqual(first.statement, second.statement),
            qPrintable(QStringLiteral("seed %1:\n%2\n---\n%3").arg(seed).arg(text, formatted)));
        QVERIFY2(QueryFormatter::format(formatted) == formatted,
                 qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

QTEST_GUILESS_MAIN(tst_Parser)
#include "tst_parser.moc"
