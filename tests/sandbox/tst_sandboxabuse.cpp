// SPDX-License-Identifier: MIT
// The sandbox under load and abuse, as SendGrid behaves: typed field errors, names counted in
// code points, queries SQLite cannot run turned INVALID, rate limits, body limits, 100
// Continue, 405 with Allow, and a fault control surface no browser page can reach.
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QString segments = QStringLiteral("/v3/marketing/segments/2.0");
const QString fields = QStringLiteral("/v3/marketing/field_definitions");
const QString simpleQuery
    = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'Germany'");

QString firstError(const Exchange &e, const char *key = "message")
{
    return e.json()[u"errors"][0][QLatin1String(key)].toString();
}

QString emoji(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QString::fromUcs4(U"\U0001F600", 1);
    return out;
}

SandboxOptions smallSandbox()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.contacts = 100;
    return options;
}

} // namespace

class tst_SandboxAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedFieldsSayTheirType_data();
    void typedFieldsSayTheirType();
    void namesCountCodePoints_data();
    void namesCountCodePoints();
    void customFieldNamesAreCheckedAsSendGridDoes_data();
    void customFieldNamesAreCheckedAsSendGridDoes();
    void longAndDeepQueries_data();
    void longAndDeepQueries();
    void droppedColumnMakesValidSegmentInvalid();
    void startUpSurvivesAStoredQuerySqliteCannotRun();
    void rateLimitsPerEndpointAndKey();
    void refreshQuotaSaysWhenItFrees();
    void oversizedBodyIs413();
    void expectContinueIsHonoured();
    void wrongMethodNamesAllowedOnes();
    void faultControlNeedsTheKeyAndNoBrowser_data();
    void faultControlNeedsTheKeyAndNoBrowser();

private:
    QByteArray rawExchange(const QByteArray &head, const QByteArray &body, bool waitForContinue);

    SandboxFixture m_sandbox {smallSandbox()};
};

void tst_SandboxAbuse::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_SandboxAbuse::typedFieldsSayTheirType_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("POST query_dsl 123")
        << QByteArray("POST") << QJsonObject {{"name", "Typed 1"}, {"query_dsl", 123}}
        << "query_dsl"
        << "query_dsl must be a string";
    QTest::newRow("POST query_dsl missing")
        << QByteArray("POST") << QJsonObject {{"name", "Typed 2"}} << "query_dsl"
        << "query_dsl is required";
    QTest::newRow("POST name 42") << QByteArray("POST")
                                  << QJsonObject {{"name", 42}, {"query_dsl", simpleQuery}}
                                  << "name"
                                  << "name must be a string";
    QTest::newRow("POST parent_list_ids text")
        << QByteArray("POST")
        << QJsonObject {{"name", "Typed 3"}, {"query_dsl", simpleQuery}, {"parent_list_ids", "x"}}
        << "parent_list_ids"
        << "parent_list_ids must be an array of list ids";
    QTest::newRow("PATCH query_dsl 123")
        << QByteArray("PATCH") << QJsonObject {{"query_dsl", 123}} << "query_dsl"
        << "query_dsl must be a string";
    QTest::newRow("PATCH query_dsl null")
        << QByteArray("PATCH") << QJsonObject {{"query_dsl", QJsonValue::Null}} << "query_dsl"
        << "query_dsl must be a string";
    QTest::newRow("PATCH name true")
        << QByteArray("PATCH") << QJsonObject {{"name", true}} << "name"
        << "name must be a string";
}

void tst_SandboxAbuse::typedFieldsSayTheirType()
{
    QFETCH(QByteArray, method);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QString path = segments;
    if (method == "PATCH")
        path += u'/'
            + m_sandbox.createSegment(
                "Typed target " + QString::fromLatin1(QTest::currentDataTag()), simpleQuery);
    const Exchange e = m_sandbox.send(method, path, {}, body);
    QCOMPARE(e.status, 400);
    QCOMPARE(firstError(e, "field"), field);
    QCOMPARE(firstError(e), message);
}

void tst_SandboxAbuse::namesCountCodePoints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("51 emoji") << emoji(51) << 201 << QString();
    QTest::newRow("100 emoji") << emoji(100) << 201 << QString();
    QTest::newRow("101 emoji") << emoji(101) << 400 << "name must be 1 to 100 characters";
    QTest::newRow("only spaces") << "    " << 400 << "name must not be blank";
    QTest::newRow("line break") << "Two\nlines" << 400
                                << "name must not contain control characters";
    QTest::newRow("escape") << "Bell\x1b[31m" << 400 << "name must not contain control characters";
}

void tst_SandboxAbuse::namesCountCodePoints()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Exchange created = m_sandbox.send(
        "POST", segments, segments, QJsonObject {{"name", name}, {"query_dsl", simpleQuery}});
    QCOMPARE(created.status, status);
    if (status == 201) {
        QCOMPARE(created.json()[u"name"].toString(), name);
        return;
    }
    QCOMPARE(firstError(created, "field"), QStringLiteral("name"));
    QCOMPARE(firstError(created), message);
    const QString id = m_sandbox.createSegment(
        "Rename " + QString::fromLatin1(QTest::currentDataTag()), simpleQuery);
    const Exchange patched
        = m_sandbox.send("PATCH", segments + u'/' + id, {}, QJsonObject {{"name", name}});
    QCOMPARE(patched.status, 400);
    QCOMPARE(firstError(patched), message);
}

// SQLite refuses expressions deeper than 1,000; such a query must not pass as VALID with 0.
// Long chains are evaluated (SQLite nests them as balanced halves, equalities as one IN);
// nesting past the query depth limit is INVALID with the linter's message, never a crash.
void tst_SandboxAbuse::customFieldNamesAreCheckedAsSendGridDoes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString pattern = QStringLiteral("letters, digits or underscores");
    QTest::newRow("newline at the end") << QStringLiteral("x\n") << pattern;
    QTest::newRow("CRLF at the end") << QStringLiteral("vip\r\n") << pattern;
    QTest::newRow("reserved field") << QStringLiteral("Email") << QStringLiteral("reserved");
    // Columns of contact_data that the reserved-field list leaves out: ALTER TABLE failed on
    // them, and the sandbox answered 500.
    for (const char *column : {"list_ids", "External_Id", "anonymous_id", "phone_number_id"})
        QTest::newRow(column) << QString::fromLatin1(column) << QStringLiteral("reserved");
}

// SendGrid's field names: letters, digits and underscore, not reserved; anything else is 400
// with its errors envelope naming the field, never a 500.
void tst_SandboxAbuse::customFieldNamesAreCheckedAsSendGridDoes()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const auto customFields = [this] {
        return m_sandbox.send("GET", fields, fields).json()[u"custom_fields"].toArray().size();
    };
    const qsizetype before = customFields();
    const Exchange e = m_sandbox.send("POST", fields, fields,
                                      QJsonObject {{"name", name}, {"field_type", "Text"}});
    QCOMPARE(e.status, 400);
    QCOMPARE(firstError(e, "field"), QStringLiteral("name"));
    QVERIFY2(firstError(e).contains(message), e.body.constData());
    QCOMPARE(customFields(), before);
}

void tst_SandboxAbuse::longAndDeepQueries_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("validation");
    QTest::addColumn<QString>("message");
    QStringList equalities, likes;
    for (int i = 0; i < 50000; ++i) // 50,000 terms stay under the 1 MiB body limit
        equalities << QStringLiteral("city='c%1'").arg(i);
    for (int i = 0; i < 5000; ++i)
        likes << QStringLiteral("email LIKE '%%c%1@%%'").arg(i);
    QTest::newRow("50,000 OR") << equalities.join(" OR ") << "VALID" << QString();
    QTest::newRow("5,000 LIKE OR") << likes.join(" OR ") << "VALID" << QString();
    QTest::newRow("20,000 NOT") << QStringLiteral("NOT ").repeated(20000) + "city = 'x'"
                                << "INVALID"
                                << "nested too deeply";
    // Unknown or misused functions were VALID with 0 contacts: the compiler failed silently.
    QTest::newRow("load_extension()") << "load_extension('/tmp/x.so') IS NULL"
                                      << "INVALID"
                                      << "Unknown function load_extension()";
    QTest::newRow("lower(a, b, c)") << "lower(email, 'a', 'b') = 'x'"
                                    << "INVALID"
                                    << "lower() takes one argument, not 3";
    QTest::newRow("aggregate in WHERE") << "max(created_at) > '2024-01-01T00:00:00Z'"
                                        << "INVALID"
                                        << "max() is an aggregate";
    QTest::newRow("17,400 +") << "1" + QStringLiteral(" + 1").repeated(17400) + " = 2"
                              << "INVALID"
                              << "nested too deeply";
}

void tst_SandboxAbuse::longAndDeepQueries()
{
    QFETCH(QString, where);
    QFETCH(QString, validation);
    QFETCH(QString, message);
    const QString id
        = m_sandbox.createSegment(QStringLiteral("Long %1").arg(QTest::currentDataTag()),
                                  "SELECT contact_id, updated_at FROM contact_data WHERE " + where);
    QVERIFY(!id.isEmpty());
    const QJsonObject done = m_sandbox.settledSegment(id);
    QCOMPARE(done[u"status"][u"query_validation"].toString(), validation);
    QVERIFY2(done[u"status"][u"error_message"].toString().contains(message),
             QJsonDocument(done).toJson().constData());
}

// A VALID segment whose column is dropped later: the next count fails in SQLite, and the
// segment says so instead of keeping VALID with a count nobody computed.
void tst_SandboxAbuse::droppedColumnMakesValidSegmentInvalid()
{
    const Exchange field = m_sandbox.send(
        "POST", fields, fields, QJsonObject {{"name", "shoe_size"}, {"field_type", "Number"}});
    QCOMPARE(field.status, 200);
    const QString id = m_sandbox.createSegment(
        "Big feet", "SELECT contact_id, updated_at FROM contact_data WHERE shoe_size > 44");
    QCOMPARE(m_sandbox.settledSegment(id)[u"status"][u"query_validation"].toString(),
             QStringLiteral("VALID"));
    QCOMPARE(m_sandbox.send("DELETE", fields + u'/' + field.json()[u"id"].toString(), {}).status,
             204);
    QCOMPARE(m_sandbox
                 .send("POST", segments + "/refresh/" + id, {},
                       QJsonObject {{"user_time_zone", "Europe/Berlin"}})
                 .status,
             202);
    const QJsonObject after
        = m_sandbox.send("GET", segments + u'/' + id + "?contacts_sample=false", {}).json();
    QCOMPARE(after[u"status"][u"query_validation"].toString(), QStringLiteral("INVALID"));
    QVERIFY2(after[u"status"][u"error_message"].toString().contains("shoe_size"),
             qPrintable(after[u"status"][u"error_message"].toString()));
}

void tst_SandboxAbuse::startUpSurvivesAStoredQuerySqliteCannotRun()
{
    QTemporaryDir dir;
    SandboxOptions options = smallSandbox();
    options.dataDir = dir.path();
    QString id;
    {
        SandboxFixture first(options);
        QVERIFY(first.start());
        id = first.createSegment("Stored", simpleQuery);
        QCOMPARE(first.settledSegment(id)[u"status"][u"query_validation"].toString(),
                 QStringLiteral("VALID"));
    }
    {
        // What an older sandbox (or a hand edit) may have left: a VALID segment whose query
        // names a column that no longer exists, due for its count.
        auto db = QSqlDatabase::addDatabase("QSQLITE", "stored");
        db.setDatabaseName(dir.filePath("sandbox.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("UPDATE segments SET query_dsl = 'SELECT contact_id, updated_at FROM "
                       "contact_data WHERE gone_column = 1', next_sample_update = "
                       "'2000-01-01T00:00:00Z' WHERE name = 'Stored'"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("stored");
    SandboxFixture second(options);
    QVERIFY(second.start());
    const QJsonObject stored
        = second.send("GET", segments + u'/' + id + "?contacts_sample=false", {}).json();
    QCOMPARE(stored[u"status"][u"query_validation"].toString(), QStringLiteral("INVALID"));
    QVERIFY2(stored[u"status"][u"error_message"].toString().contains("gone_column"),
             qPrintable(stored[u"status"][u"error_message"].toString()));
    QCOMPARE(second.send("GET", segments, {}).status, 200);
}

void tst_SandboxAbuse::rateLimitsPerEndpointAndKey()
{
    SandboxOptions options = smallSandbox();
    options.rateLimitPerMinute = 3;
    SandboxFixture limited(options);
    QVERIFY(limited.start());
    // A wrong key is refused without spending the valid key's budget.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limited.send("GET", segments, {}, {}, "Bearer SG.not-a-key").status, 401);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    for (int remaining : {2, 1, 0}) {
        const Exchange e = limited.send("GET", segments, {});
        QCOMPARE(e.status, 200);
        QCOMPARE(e.headers.value("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(e.headers.value("x-ratelimit-remaining").toInt(), remaining);
        const qint64 reset = e.headers.value("x-ratelimit-reset").toLongLong();
        QVERIFY(reset >= before + 59 && reset <= QDateTime::currentSecsSinceEpoch() + 60);
    }
    const Exchange refused = limited.send("GET", segments, {});
    QCOMPARE(refused.status, 429);
    QCOMPARE(firstError(refused), QStringLiteral("too many requests"));
    QCOMPARE(refused.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    // Another endpoint has its own budget.
    const Exchange other = limited.send("GET", fields, {});
    QCOMPARE(other.status, 200);
    QCOMPARE(other.headers.value("x-ratelimit-remaining").toInt(), 2);
}

void tst_SandboxAbuse::refreshQuotaSaysWhenItFrees()
{
    SandboxFixture quota(smallSandbox());
    QVERIFY(quota.start());
    const QString zone = QStringLiteral("Pacific/Kiritimati");
    const QJsonObject body {{"user_time_zone", zone}};
    QStringList ids;
    for (int i = 0; i < 11; ++i)
        ids << quota.createSegment(QStringLiteral("Quota %1").arg(i), simpleQuery);
    for (const QString &id : std::as_const(ids))
        quota.settledSegment(id);
    QCOMPARE(quota.send("POST", segments + "/refresh/" + ids[0], {}, body).status, 202);
    const Exchange hourly = quota.send("POST", segments + "/refresh/" + ids[0], {}, body);
    QCOMPARE(hourly.status, 429);
    QCOMPARE(hourly.headers.value("x-ratelimit-limit"), QByteArray("1"));
    const qint64 inAnHour = QDateTime::currentSecsSinceEpoch() + 3600;
    QVERIFY2(qAbs(hourly.headers.value("x-ratelimit-reset").toLongLong() - inAnHour) <= 3,
             hourly.headers.value("x-ratelimit-reset").constData());
    for (int i = 1; i < 10; ++i)
        QCOMPARE(quota.send("POST", segments + "/refresh/" + ids[i], {}, body).status, 202);
    const Exchange daily = quota.send("POST", segments + "/refresh/" + ids[10], {}, body);
    QCOMPARE(daily.status, 429);
    QCOMPARE(daily.headers.value("x-ratelimit-limit"), QByteArray("10"));
    const QTimeZone timeZone(zone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(timeZone).date();
    const QDateTime midnight(today.addDays(1), QTime(0, 0), timeZone);
    QCOMPARE(daily.headers.value("x-ratelimit-reset").toLongLong(), midnight.toSecsSinceEpoch());
}

void tst_SandboxAbuse::oversizedBodyIs413()
{
    const QByteArray padding(SandboxOptions().maxBodyBytes + 1, 'x');
    const Exchange e = m_sandbox.send(
        "POST", segments, {},
        QJsonObject {{"name", "Huge"}, {"query_dsl", simpleQuery}, {"padding", QString(padding)}});
    QCOMPARE(e.status, 413);
    QVERIFY2(firstError(e).contains("too large"), e.body.constData());
    QCOMPARE(m_sandbox.send("GET", segments, {}).status, 200); // and it still serves
}

QByteArray tst_SandboxAbuse::rawExchange(const QByteArray &head, const QByteArray &body,
                                         bool waitForContinue)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.baseUrl().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(head);
    QByteArray received;
    const auto readUntil = [&](const QByteArray &marker) {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains(marker);
            },
            5000);
    };
    if (waitForContinue && !readUntil("\r\n\r\n"))
        return received;
    socket.write(body);
    (void)readUntil("}");
    return received;
}

void tst_SandboxAbuse::expectContinueIsHonoured()
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{"name", "Continued"}, {"query_dsl", simpleQuery}})
              .toJson(QJsonDocument::Compact);
    const QByteArray head = "POST " + segments.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_sandbox.apiKey().toUtf8()
        + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n";
    // The body is sent only once the sandbox said 100 Continue.
    const QByteArray answer = rawExchange(head, body, true);
    QVERIFY2(answer.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201"), answer.constData());
    // Over the limit: 413 at once, before any body is sent.
    const QByteArray tooBig = "POST " + segments.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 1000000000000"
          "\r\n\r\n";
    const QByteArray refused = rawExchange(tooBig, {}, true);
    QVERIFY2(refused.startsWith("HTTP/1.1 413"), refused.constData());
}

void tst_SandboxAbuse::wrongMethodNamesAllowedOnes()
{
    const Exchange e = m_sandbox.send("PUT", segments, {});
    QCOMPARE(e.status, 405);
    QCOMPARE(e.headers.value("allow"), QByteArray("GET, POST"));
    const Exchange one
        = m_sandbox.send("POST", segments + "/00000000-0000-4000-8000-000000000000", {});
    QCOMPARE(one.status, 405);
    QCOMPARE(one.headers.value("allow"), QByteArray("GET, PATCH, DELETE"));
}

void tst_SandboxAbuse::faultControlNeedsTheKeyAndNoBrowser_data()
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray rateLimit = R"({"kind":"rate_limit","times":1})";
    QTest::newRow("no key") << QByteArray("Basic eDp5") << Headers {} << rateLimit << 401;
    QTest::newRow("wrong key") << QByteArray("Bearer SG.wrong") << Headers {} << rateLimit << 401;
    QTest::newRow("browser page, other origin")
        << QByteArray() << Headers {{"Origin", "https://evil.example"}} << rateLimit << 403;
    QTest::newRow("cross-site fetch")
        << QByteArray() << Headers {{"Sec-Fetch-Site", "cross-site"}} << rateLimit << 403;
    QTest::newRow("oversize 1e12")
        << QByteArray() << Headers {} << QByteArray(R"({"kind":"oversize","bytes":1e12})") << 400;
    QTest::newRow("delay 1e12") << QByteArray() << Headers {}
                                << QByteArray(R"({"kind":"latency","delay_ms":1e12})") << 400;
    QTest::newRow("negative bytes")
        << QByteArray() << Headers {} << QByteArray(R"({"kind":"oversize","bytes":-1})") << 400;
}

void tst_SandboxAbuse::faultControlNeedsTheKeyAndNoBrowser()
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    QFETCH(QByteArray, authorization);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Exchange e
        = m_sandbox.sendWithHeaders("POST", "/__sandbox/faults", body, authorization, headers);
    QCOMPARE(e.status, status);
    // Nothing was planted: the next request is answered normally.
    QCOMPARE(m_sandbox.send("GET", segments, {}).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxAbuse)
#include "tst_sandboxabuse.moc"
