// SPDX-License-Identifier: MIT
// The builder's reading of SQL and its SQL: every operator both ways, locked pieces kept byte
// for byte, the depth limit, and the written SQL run by the sandbox's evaluator.
#include "query/builderfields.h"
#include "query/builderjson.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "query/formatter.h"
#include "support/seededstore.h"

#include <QTest>

using Op = BuilderOperator;
using Type = BuilderFieldType;

namespace {

struct OperatorRow
{
    QByteArray name;
    BuilderCondition condition;
    QString where; ///< what the builder writes after WHERE
};

const QString Head = QStringLiteral("SELECT c.contact_id, c.updated_at\nFROM contact_data AS c\n");

QString engagementSql(const QString &in, const QStringList &terms)
{
    QString out = QStringLiteral("c.contact_id %1 (\n    SELECT ev.contact_id\n"
                                 "    FROM event_data AS ev\n    WHERE ")
                      .arg(in)
        + terms.join(QStringLiteral("\n      AND ")) + QStringLiteral("\n)");
    return out;
}

QList<OperatorRow> operatorRows()
{
    const auto text = [](Op op, QStringList v, QString field = QStringLiteral("first_name")) {
        return BuilderCondition {field, Type::Text, op, v};
    };
    const auto number = [](Op op, QStringList v) {
        return BuilderCondition {QStringLiteral("lifetime_value"), Type::Number, op, v};
    };
    const auto date = [](Op op, QStringList v, QString field = QStringLiteral("created_at")) {
        return BuilderCondition {field, Type::Date, op, v};
    };
    const auto list = [](Op op, QStringList v) {
        return BuilderCondition {QStringLiteral("list_ids"), Type::List, op, v};
    };
    const auto engaged = [](Op op, QStringList v) {
        return BuilderCondition {QStringLiteral("engagement"), Type::Engagement, op, v};
    };
    QList<OperatorRow> rows = {
        {"text is", text(Op::Is, {"Ana"}), "c.first_name = 'Ana'"},
        {"text is not", text(Op::IsNot, {"O'Neil"}), "c.first_name != 'O''Neil'"},
        {"text contains", text(Op::Contains, {"an"}), "c.first_name LIKE '%an%'"},
        {"text contains a percent", text(Op::Contains, {"50%off"}),
         "c.first_name LIKE '%50%%off%'"},
        {"text does not contain", text(Op::DoesNotContain, {"an"}), "c.first_name NOT LIKE '%an%'"},
        {"text starts with", text(Op::StartsWith, {"A"}), "c.first_name LIKE 'A%'"},
        {"text starts with a percent", text(Op::StartsWith, {"%A_"}), "c.first_name LIKE '%%A_%'"},
        {"text ends with", text(Op::EndsWith, {"@gmail.com"}, "email"),
         "c.email LIKE '%@gmail.com'"},
        {"text is one of", text(Op::IsOneOf, {"Germany", "France"}, "country"),
         "c.country IN ('Germany', 'France')"},
        {"text does not start with", text(Op::DoesNotStartWith, {"A"}),
         "c.first_name NOT LIKE 'A%'"},
        {"text does not end with", text(Op::DoesNotEndWith, {"@gmail.com"}, "email"),
         "c.email NOT LIKE '%@gmail.com'"},
        {"text is none of", text(Op::IsNoneOf, {"Germany", "France"}, "country"),
         "c.country NOT IN ('Germany', 'France')"},
        {"text is empty", text(Op::IsEmpty, {}), "c.first_name IS NULL"},
        {"text is not empty", text(Op::IsNotEmpty, {}), "c.first_name IS NOT NULL"},
        {"number =", number(Op::Equals, {"800"}), "c.lifetime_value = 800"},
        {"number !=", number(Op::NotEquals, {"800"}), "c.lifetime_value != 800"},
        {"number <", number(Op::LessThan, {"-5"}), "c.lifetime_value < -5"},
        {"number <=", number(Op::AtMost, {"99.5"}), "c.lifetime_value <= 99.5"},
        {"number >", number(Op::GreaterThan, {"800"}), "c.lifetime_value > 800"},
        {"number >=", number(Op::AtLeast, {"0"}), "c.lifetime_value >= 0"},
        {"number between", number(Op::Between, {"100", "500"}),
         "c.lifetime_value BETWEEN 100 AND 500"},
        {"number is empty", number(Op::IsEmpty, {}), "c.lifetime_value IS NULL"},
        {"number is not empty", number(Op::IsNotEmpty, {}), "c.lifetime_value IS NOT NULL"},
        {"date on a day", date(Op::On, {"2026-01-10"}),
         "c.created_at BETWEEN '2026-01-10T00:00:00Z' AND '2026-01-10T23:59:59Z'"},
        {"date on a time", date(Op::On, {"2021-01-01T12:46:24Z"}, "birthday"),
         "c.birthday = '2021-01-01T12:46:24Z'"},
        {"date before", date(Op::Before, {"2026-06-19T00:00:00Z"}),
         "c.created_at < '2026-06-19T00:00:00Z'"},
        {"date after", date(Op::After, {"2026-06-19T00:00:00Z"}),
         "c.created_at > '2026-06-19T00:00:00Z'"},
        {"date between", date(Op::Between, {"2026-01-01T00:00:00Z", "2026-06-30T23:59:59Z"}),
         "c.created_at BETWEEN '2026-01-01T00:00:00Z' AND '2026-06-30T23:59:59Z'"},
        {"date within days", date(Op::WithinLastDays, {"30"}),
         "c.created_at >= now() - INTERVAL 30 DAY"},
        {"date within weeks", date(Op::WithinLastWeeks, {"2"}),
         "c.created_at >= now() - INTERVAL 2 WEEK"},
        {"date within months", date(Op::WithinLastMonths, {"3"}, "last_purchase_date"),
         "c.last_purchase_date >= now() - INTERVAL 3 MONTH"},
        {"date more than days ago", date(Op::MoreThanDaysAgo, {"90"}),
         "c.created_at < now() - INTERVAL 90 DAY"},
        {"date is empty", date(Op::IsEmpty, {}, "birthday"), "c.birthday IS NULL"},
        {"date is not empty", date(Op::IsNotEmpty, {}, "birthday"), "c.birthday IS NOT NULL"},
        {"in one list", list(Op::InList, {"list-a"}), "array_contains(c.list_ids, 'list-a')"},
        {"in lists", list(Op::InList, {"list-a", "list-b"}),
         "array_contains(c.list_ids, ['list-a', 'list-b'])"},
        {"not in list", list(Op::NotInList, {"list-a"}),
         "NOT array_contains(c.list_ids, 'list-a')"},
    };
    const QString type = QStringLiteral("ev.event_type = '%1'");
    for (Op op : BuilderOperators::forType(Type::Engagement)) {
        const QString name = BuilderOperators::name(op);
        const QString in = BuilderOperators::isNever(op) ? "NOT IN" : "IN";
        rows.append({name.toUtf8(), engaged(op, {"", ""}),
                     engagementSql(in, {type.arg(BuilderOperators::eventType(op))})});
    }
    rows.append(
        {"opened one single send lately", engaged(Op::WasOpened, {"ss-1", "30"}),
         engagementSql("IN",
                       {type.arg("open"), "ev.data:payload.unique_args.singlesend_id = 'ss-1'",
                        "ev.event_timestamp >= now() - INTERVAL 30 DAY"})});
    rows.append(
        {"never clicked in a week", engaged(Op::NeverClicked, {"", "7"}),
         engagementSql("NOT IN",
                       {type.arg("click"), "ev.event_timestamp >= now() - INTERVAL 7 DAY"})});
    return rows;
}

BuilderQuery oneCondition(const BuilderCondition &condition)
{
    BuilderQuery query;
    query.alias = QStringLiteral("c");
    query.root
        = BuilderNode::group(BuilderNode::Junction::And, {BuilderNode::fromCondition(condition)});
    return query;
}

} // namespace

Q_DECLARE_METATYPE(BuilderCondition)

class tst_Builder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperatorIsTested();
    void operatorRoundTrip_data();
    void operatorRoundTrip();
    void availableFields();
    void badConditionsAreRefused_data();
    void badConditionsAreRefused();

private:
    SeededStore m_store;
    FieldCatalogue m_catalogue;
};

void tst_Builder::initTestCase()
{
    const VoidResult opened = m_store.open(&m_catalogue);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_Builder::everyOperatorIsTested()
{
    for (Type type : {Type::Text, Type::Number, Type::Date, Type::List, Type::Engagement}) {
        for (Op op : BuilderOperators::forType(type)) {
            bool found = false;
            for (const OperatorRow &row : operatorRows())
                found = found || (row.condition.type == type && row.condition.op == op);
            QVERIFY2(
                found,
                qPrintable(BuilderOperators::typeName(type) + u' ' + BuilderOperators::name(op)));
        }
    }
}

void tst_Builder::operatorRoundTrip_data()
{
    QTest::addColumn<BuilderCondition>("condition");
    QTest::addColumn<QString>("where");
    for (const OperatorRow &row : operatorRows())
        QTest::newRow(row.name.constData()) << row.condition << row.where;
}

void tst_Builder::operatorRoundTrip()
{
    QFETCH(BuilderCondition, condition);
    QFETCH(QString, where);
    const BuilderQuery query = oneCondition(condition);
    const Result<QString> sql = BuilderWriter::toSql(query);
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    QCOMPARE(sql.value(), Head + QStringLiteral("WHERE ") + where);
    // The project's formatter would write it the same way.
    QCOMPARE(QueryFormatter::format(sql.value()), sql.value());
    const Result<BuilderQuery> read = BuilderReader::read(sql.value(), m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(BuilderJson::toJson(read.value()), BuilderJson::toJson(query));
    const Result<BuilderQuery> decoded = BuilderJson::fromJson(BuilderJson::toJson(query));
    QVERIFY2(decoded.isOk(), qPrintable(decoded.error()));
    QVERIFY(decoded.value() == query);
    // SendGrid's dialect as the sandbox evaluates it.
    const Result<QStringList> members = m_store.members(sql.value());
    QVERIFY2(members.isOk(), qPrintable(members.error()));
}

void tst_Builder::availableFields()
{
    QHash<QString, Type> types;
    for (const BuilderFields::Field &field : BuilderFields::available(m_catalogue))
        types.insert(field.name, field.type);
    QCOMPARE(types.value("first_name"), Type::Text);
    QCOMPARE(types.value("plan_tier"), Type::Text); // custom fields of each type
    QCOMPARE(types.value("lifetime_value"), Type::Number);
    QCOMPARE(types.value("birthday"), Type::Date);
    QCOMPARE(types.value("created_at"), Type::Date);
    QCOMPARE(types.value("list_ids"), Type::List);
    QCOMPARE(types.value("engagement"), Type::Engagement);
    QVERIFY(!types.contains("alternate_emails"));
    QVERIFY(!types.contains("contact_id"));
    // What a field offers is what the reader gives it.
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        QCOMPARE(BuilderFields::type(m_catalogue, it.key().toUpper()), it.value());
}

void tst_Builder::badConditionsAreRefused_data()
{
    QTest::addColumn<BuilderCondition>("condition");
    QTest::addColumn<QString>("message");
    QTest::newRow("operator of another type")
        << BuilderCondition {"city", Type::Text, Op::GreaterThan, {"1"}} << "not an operator";
    QTest::newRow("no value") << BuilderCondition {"city", Type::Text, Op::Is, {}} << "takes 1";
    QTest::newRow("not a number") << BuilderCondition {"lifetime_value",
                                                       Type::Number,
                                                       Op::Equals,
                                                       {"12abc"}}
                                  << "not a number";
    QTest::newRow("not a date") << BuilderCondition {"birthday",
                                                     Type::Date,
                                                     Op::Before,
                                                     {"next monday"}}
                                << "not an ISO-8601";
    QTest::newRow("days not whole")
        << BuilderCondition {"birthday", Type::Date, Op::WithinLastDays, {"1.5"}}
        << "not a whole number";
    QTest::newRow("no field") << BuilderCondition {"", Type::Text, Op::IsEmpty, {}} << "field";
    QTest::newRow("ambiguous percent")
        << BuilderCondition {"city", Type::Text, Op::EndsWith, {"%x"}} << "cannot be written";
}

void tst_Builder::badConditionsAreRefused()
{
    QFETCH(BuilderCondition, condition);
    QFETCH(QString, message);
    const Result<QString> sql = BuilderWriter::toSql(oneCondition(condition));
    QVERIFY(!sql.isOk());
    QVERIFY2(sql.error().contains(message), qPrintable(sql.error()));
}

QTEST_GUILESS_MAIN(tst_Builder)
#include "tst_builder.moc"
