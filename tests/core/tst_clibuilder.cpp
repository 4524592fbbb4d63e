// SPDX-License-Identifier: MIT
// segmentdesk-cli builder: a query's builder reading as JSON, and that JSON back to SQL.
#include "support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRunner::Run;

namespace {

const QByteArray Query = "SELECT c.contact_id, c.updated_at FROM contact_data AS c\n"
                         "WHERE c.email LIKE '%@gmail.com' AND (lower(c.city)  =  'köln' OR "
                         "array_contains(c.list_ids, 'vip'))";

const QString Written = QStringLiteral("SELECT c.contact_id, c.updated_at\n"
                                       "FROM contact_data AS c\n"
                                       "WHERE c.email LIKE '%@gmail.com'\n"
                                       "  AND (\n"
                                       "      lower(c.city)  =  'köln'\n"
                                       "        OR array_contains(c.list_ids, 'vip')\n"
                                       "  )\n");

} // namespace

class tst_CliBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlToJson();
    void jsonToSql();
    void readsAFile();
    void unparsableSqlExitsOne();
    void badJsonExitsOne_data();
    void badJsonExitsOne();
    void unreadableInputExitsTwo();
    void helpListsBuilder();

private:
    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
};

void tst_CliBuilder::sqlToJson()
{
    const Run r = m_cli.run({QStringLiteral("builder"), QStringLiteral("-")}, Query);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value("alias").toString(), QStringLiteral("c"));
    QVERIFY(!json.contains("head"));
    const QJsonObject where = json.value("where").toObject();
    QCOMPARE(where.value("junction").toString(), QStringLiteral("and"));
    const QJsonArray items = where.value("items").toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject email = items[0].toObject();
    QCOMPARE(email.value("kind").toString(), QStringLiteral("condition"));
    QCOMPARE(email.value("field").toString(), QStringLiteral("email"));
    QCOMPARE(email.value("type").toString(), QStringLiteral("text"));
    QCOMPARE(email.value("operator").toString(), QStringLiteral("ends_with"));
    QCOMPARE(email.value("values").toArray(), QJsonArray {"@gmail.com"});
    const QJsonArray inner = items[1].toObject().value("items").toArray();
    const QJsonObject locked = inner[0].toObject();
    QCOMPARE(locked.value("kind").toString(), QStringLiteral("locked"));
    QCOMPARE(locked.value("sql").toString(), QStringLiteral("lower(c.city)  =  'köln'"));
    // The range is in characters of the text (UTF-16), as editors count them.
    const QString text = QString::fromUtf8(Query);
    const int start = locked.value("start").toInt(), end = locked.value("end").toInt();
    QCOMPARE(text.mid(start, end - start), locked.value("sql").toString());
    const QJsonObject list = inner[1].toObject();
    QCOMPARE(list.value("type").toString(), QStringLiteral("list"));
    QCOMPARE(list.value("operator").toString(), QStringLiteral("in_list"));
}

void tst_CliBuilder::jsonToSql()
{
    const Run json = m_cli.run({QStringLiteral("builder"), QStringLiteral("-")}, Query);
    QCOMPARE(json.exitCode, 0);
    const Run sql
        = m_cli.run({QStringLiteral("builder"), QStringLiteral("--to-sql"), QStringLiteral("-")},
                    json.out.toUtf8());
    QVERIFY2(sql.err.isEmpty(), qPrintable(sql.err));
    QCOMPARE(sql.exitCode, 0);
    QCOMPARE(sql.out, Written);
}

void tst_CliBuilder::readsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("segment.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SELECT contact_id, updated_at FROM contact_data WHERE lifetime_value > 800");
    file.close();
    const Run r = m_cli.run({QStringLiteral("builder"), file.fileName()});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject condition = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value("where")
                                      .toObject()
                                      .value("items")
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(condition.value("type").toString(), QStringLiteral("number"));
    QCOMPARE(condition.value("operator").toString(), QStringLiteral("greater_than"));
}

void tst_CliBuilder::unparsableSqlExitsOne()
{
    const Run r = m_cli.run({QStringLiteral("builder"), QStringLiteral("-")},
                            "SELECT contact_id, updated_at FROM contact_data WHERE (email = ");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("The query does not parse: 1:")), qPrintable(r.err));
}

void tst_CliBuilder::badJsonExitsOne_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"where\": ") << "- is not JSON";
    QTest::newRow("not an object") << QByteArray("[]") << "expected an object";
    QTest::newRow("unknown operator")
        << QByteArray("{\"where\": {\"kind\": \"group\", \"junction\": \"and\", \"items\": "
                      "[{\"kind\": \"condition\", \"field\": \"city\", \"type\": \"text\", "
                      "\"operator\": \"sounds_like\", \"values\": [\"x\"]}]}}")
        << "where.items[0]: \"sounds_like\" is not an operator";
    QTest::newRow("value of the wrong kind")
        << QByteArray("{\"where\": {\"kind\": \"group\", \"junction\": \"and\", \"items\": "
                      "[{\"kind\": \"condition\", \"field\": \"score\", \"type\": \"number\", "
                      "\"operator\": \"equals\", \"values\": [\"many\"]}]}}")
        << "where.items[0]: score equals: \"many\" is not a number";
    QTest::newRow("bad junction") << QByteArray("{\"where\": {\"kind\": \"group\", \"junction\": "
                                                "\"xor\"}}")
                                  << "where: \"junction\" must be";
    QTest::newRow("locked piece without sql")
        << QByteArray("{\"where\": {\"kind\": \"group\", \"junction\": \"or\", \"items\": "
                      "[{\"kind\": \"locked\"}]}}")
        << "where.items[0]: a locked piece needs";
    QTest::newRow("locked piece that is no SQL")
        << QByteArray("{\"where\": {\"kind\": \"group\", \"junction\": \"or\", \"items\": "
                      "[{\"kind\": \"locked\", \"sql\": \"city = (\"}]}}")
        << "- gives SQL that does not parse: ";
}

void tst_CliBuilder::badJsonExitsOne()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Run r = m_cli.run(
        {QStringLiteral("builder"), QStringLiteral("--to-sql"), QStringLiteral("-")}, json);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_CliBuilder::unreadableInputExitsTwo()
{
    const Run r = m_cli.run({QStringLiteral("builder"), QStringLiteral("/nonexistent/q.sql")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("cannot read /nonexistent/q.sql")), qPrintable(r.err));
    QCOMPARE(m_cli.run({QStringLiteral("builder")}).exitCode, 2); // usage
}

void tst_CliBuilder::helpListsBuilder()
{
    const Run r = m_cli.run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("builder [--fields FILE] [--to-sql] FILE|-")));
    QVERIFY(r.out.contains(QStringLiteral("with --to-sql, that JSON back to")));
}

QTEST_GUILESS_MAIN(tst_CliBuilder)
#include "tst_clibuilder.moc"
