// SPDX-License-Identifier: MIT
// The sandbox's endpoints over real HTTP: statuses, envelopes, validation, lifecycle, quotas,
// faults — and, last, every recorded response checked against SendGrid's OpenAPI files.
#include "sandbox/contactgenerator.h"
#include "support/fixtures.h"
#include "support/sandboxfixture.h"
#include "testconfig.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString segments = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString refreshOp = QStringLiteral("/v3/marketing/segments/2.0/refresh/{segment_id}");
const QString fields = QStringLiteral("/v3/marketing/field_definitions");
const QString fieldOp = QStringLiteral("/v3/marketing/field_definitions/{custom_field_id}");
const QString lists = QStringLiteral("/v3/marketing/lists");
const QString search = QStringLiteral("/v3/marketing/contacts/search");
const QString count = QStringLiteral("/v3/marketing/contacts/count");
const QString simpleQuery
    = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'Germany'");

QString firstErrorField(const Exchange &e)
{
    return e.json().value("errors").toArray().first().toObject().value("field").toString();
}

} // namespace

class tst_SandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsStarterSegments();
    void listFilters();
    void createValidatesThenCounts();
    void invalidQueryBecomesInvalid();
    void nameRules_data();
    void nameRules();
    void patchChangesOnlyNameAndQuery();
    void aChangedQueryIsCountedOnceChecked();
    void timesAreStampedInMilliseconds();
    void deleteAnswers202ThenGone();
    void refreshQuotas();
    void refreshOnFreePlanIsForbidden();
    void authenticationAndRouting();
    void malformedJsonIs400();
    void fieldDefinitions();
    void listsArePaged();
    void contactsSearchAndCount();
    void faultsAreInjected();
    void generatorTimesMatchQDateTime();
    void everyResponseMatchesTheContract();

private:
    SandboxFixture m_sandbox;
};

void tst_SandboxApi::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_SandboxApi::listsStarterSegments()
{
    const Exchange e = m_sandbox.send("GET", segments, segments);
    QCOMPARE(e.status, 200);
    const QJsonArray results = e.json().value("results").toArray();
    QCOMPARE(results.size(), 13);
    for (const QJsonValue &v : results) {
        QCOMPARE(v[u"status"][u"query_validation"].toString(), QStringLiteral("VALID"));
        QVERIFY(!v.toObject().contains("query_dsl"));
    }
    QVERIFY(e.headers.contains("x-ratelimit-remaining"));
    QVERIFY(e.headers.value("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
}

void tst_SandboxApi::listFilters()
{
    const QJsonArray all = m_sandbox.send("GET", segments, segments).json()[u"results"].toArray();
    const auto parented = std::find_if(all.begin(), all.end(), [](const QJsonValue &v) {
        return !v[u"parent_list_ids"].toArray().isEmpty();
    });
    QVERIFY(parented != all.end());
    const QString list = (*parented)[u"parent_list_ids"][0].toString();
    const auto names = [&](const QString &query) {
        QStringList out;
        for (const QJsonValue &v :
             m_sandbox.send("GET", segments + query, segments).json()[u"results"].toArray())
            out << v[u"name"].toString();
        return out;
    };
    QCOMPARE(names("?parent_list_ids=" + list), QStringList {(*parented)[u"name"].toString()});
    QCOMPARE(names("?parent_list_ids=" + list + "&no_parent_list_id=true").size(), all.size());
    QCOMPARE(names("?no_parent_list_id=true").size(), all.size() - 1);
    QCOMPARE(names("?ids=" + all[0][u"id"].toString() + "&ids=" + all[1][u"id"].toString()),
             (QStringList {all[0][u"name"].toString(), all[1][u"name"].toString()}));
    QCOMPARE(names("?ids=00000000-0000-4000-8000-000000000000"), QStringList());
}

void tst_SandboxApi::createValidatesThenCounts()
{
    const Exchange created = m_sandbox.send(
        "POST", segments, segments, QJsonObject {{"name", "Germans"}, {"query_dsl", simpleQuery}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[u"status"][u"query_validation"].toString(), QStringLiteral("PENDING"));
    QCOMPARE(created.json()[u"contacts_count"].toInt(), 0);
    const QJsonObject done = m_sandbox.settledSegment(created.json()[u"id"].toString());
    QCOMPARE(done[u"status"][u"query_validation"].toString(), QStringLiteral("VALID"));
    QVERIFY(done[u"contacts_count"].toInt() > 0);
    QVERIFY(!done.contains("contacts_sample"));
    const QJsonObject withSample
        = m_sandbox.send("GET", segments + u'/' + done[u"id"].toString(), segmentOp).json();
    const QJsonArray sample = withSample[u"contacts_sample"].toArray();
    QCOMPARE(sample.size(), qMin(50, done[u"contacts_count"].toInt()));
    for (const QJsonValue &c : sample)
        QCOMPARE(c[u"country"].toString(), QStringLiteral("Germany"));
    QVERIFY(sample[0][u"custom_fields"].toObject().contains("plan_tier"));
}

void tst_SandboxApi::invalidQueryBecomesInvalid()
{
    const QString id = m_sandbox.createSegment(
        "Typo", "SELECT contact_id, updated_at FROM contact_data WHERE frist_name = 'A'");
    const QJsonObject done = m_sandbox.settledSegment(id);
    QCOMPARE(done[u"status"][u"query_validation"].toString(), QStringLiteral("INVALID"));
    QVERIFY2(done[u"status"][u"error_message"].toString().contains("first_name"),
             qPrintable(done[u"status"][u"error_message"].toString()));
}

void tst_SandboxApi::nameRules_data()
{
    QTest::addColumn<QJsonValue>("name");
    QTest::newRow("empty") << QJsonValue("");
    QTest::newRow("101 characters") << QJsonValue(QString(101, u'x'));
    QTest::newRow("duplicate") << QJsonValue("Germany");
    QTest::newRow("not text") << QJsonValue(42);
}

void tst_SandboxApi::nameRules()
{
    QFETCH(QJsonValue, name);
    const Exchange e = m_sandbox.send("POST", segments, segments,
                                      QJsonObject {{"name", name}, {"query_dsl", simpleQuery}});
    QCOMPARE(e.status, 400);
    QCOMPARE(firstErrorField(e), QStringLiteral("name"));
    const QString id = m_sandbox.createSegment(
        "Rename me " + QString::fromLatin1(QTest::currentDataTag()), simpleQuery);
    const Exchange patch
        = m_sandbox.send("PATCH", segments + u'/' + id, segmentOp, QJsonObject {{"name", name}});
    QCOMPARE(patch.status, 400);
    QCOMPARE(firstErrorField(patch), QStringLiteral("name"));
}

void tst_SandboxApi::patchChangesOnlyNameAndQuery()
{
    const QString id = m_sandbox.createSegment("Patch target", simpleQuery);
    m_sandbox.settledSegment(id);
    const Exchange renamed = m_sandbox.send("PATCH", segments + u'/' + id, segmentOp,
                                            QJsonObject {{"name", "Patched"}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json()[u"name"].toString(), QStringLiteral("Patched"));
    QCOMPARE(renamed.json()[u"status"][u"query_validation"].toString(), QStringLiteral("VALID"));
    const Exchange requeried = m_sandbox.send(
        "PATCH", segments + u'/' + id, segmentOp,
        QJsonObject {{"query_dsl",
                      "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Japan'"}});
    QCOMPARE(requeried.json()[u"status"][u"query_validation"].toString(),
             QStringLiteral("PENDING"));
    const Exchange parent = m_sandbox.send("PATCH", segments + u'/' + id, segmentOp,
                                           QJsonObject {{"parent_list_ids", QJsonArray {"x"}}});
    QCOMPARE(parent.status, 400);
    QCOMPARE(firstErrorField(parent), QStringLiteral("parent_list_ids"));
    QCOMPARE(
        m_sandbox.send("PATCH", segments + "/nope", segmentOp, QJsonObject {{"name", "x"}}).status,
        404);
}

// SendGrid refreshes the sample after a segment's conditions are edited (changelog 2020-11-11),
// as it counts a new segment: not at the next hourly (or backed-off daily) recount.
void tst_SandboxApi::aChangedQueryIsCountedOnceChecked()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.timeScale = 1; // SendGrid's time moved on by the test
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.start());
    const QString id = sandbox.createSegment("Requeried", simpleQuery);
    sandbox.clock().moveOn(std::chrono::seconds(10)); // checked and counted
    const qint64 germans = sandbox.settledSegment(id)[u"contacts_count"].toInteger();
    QVERIFY(germans > 0);
    const QString japan = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Japan'";
    const Exchange patched = sandbox.send("PATCH", segments + u'/' + id, segmentOp,
                                          QJsonObject {{"query_dsl", japan}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()[u"contacts_count"].toInteger(), germans); // the previous query's
    const auto time = [&](const QJsonObject &json, const char *key) {
        return QDateTime::fromString(json[QLatin1String(key)].toString(), Qt::ISODateWithMs);
    };
    const QDateTime edited = time(patched.json(), "updated_at");
    QVERIFY(time(patched.json(), "next_sample_update") <= edited.addSecs(60));
    sandbox.clock().moveOn(std::chrono::seconds(10));
    QCOMPARE(sandbox.settledSegment(id)[u"status"][u"query_validation"].toString(), "VALID");
    const QJsonObject now = sandbox.send("GET", segments + u'/' + id, segmentOp).json();
    QVERIFY(time(now, "sample_updated_at") > edited);
    const QJsonArray sample = now[u"contacts_sample"].toArray();
    QVERIFY(!sample.isEmpty());
    for (const QJsonValue &c : sample)
        QCOMPARE(c[u"country"].toString(), QStringLiteral("Japan"));
}

// As SendGrid stamps (tests/data/segment_200.json: 2026-11-20T16:42:11.250Z): whole seconds
// gave two edits in one second the same updated_at.
void tst_SandboxApi::timesAreStampedInMilliseconds()
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    const QString id = m_sandbox.createSegment("Stamped", simpleQuery);
    const Exchange patched = m_sandbox.send("PATCH", segments + u'/' + id, segmentOp,
                                            QJsonObject {{"name", "Stamped again"}});
    QCOMPARE(patched.status, 200);
    for (const char *key : {"created_at", "updated_at", "next_sample_update"}) {
        const QString stamp = patched.json()[QLatin1String(key)].toString();
        QVERIFY2(shape.match(stamp).hasMatch(),
                 qPrintable(QStringLiteral("%1: %2").arg(key, stamp)));
        QVERIFY(QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid());
    }
}

void tst_SandboxApi::deleteAnswers202ThenGone()
{
    const QString id = m_sandbox.createSegment("Short-lived", simpleQuery);
    const Exchange deleted = m_sandbox.send("DELETE", segments + u'/' + id, segmentOp);
    QCOMPARE(deleted.status, 202);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_sandbox.send("GET", segments + u'/' + id, segmentOp).status, 404);
    QCOMPARE(m_sandbox.send("DELETE", segments + u'/' + id, segmentOp).status, 404);
}

void tst_SandboxApi::refreshQuotas()
{
    const QString id = m_sandbox.createSegment("Refreshable", simpleQuery);
    m_sandbox.settledSegment(id);
    const QJsonObject chicago {{"user_time_zone", "America/Chicago"}};
    const Exchange first = m_sandbox.send("POST", segments + "/refresh/" + id, refreshOp, chicago);
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json()[u"job_id"].toString().size(), 36);
    const QJsonObject after = m_sandbox.send("GET", segments + u'/' + id, segmentOp).json();
    QCOMPARE(after[u"refreshes_used"].toInt(), 1);
    QCOMPARE(after[u"max_refreshes"].toInt(), 2);
    QVERIFY(!after[u"last_refreshed_at"].toString().isEmpty());
    const Exchange again = m_sandbox.send("POST", segments + "/refresh/" + id, refreshOp, chicago);
    QCOMPARE(again.status, 429); // one per segment per hour
    QVERIFY(again.body.isEmpty());
    const Exchange badZone = m_sandbox.send("POST", segments + "/refresh/" + id, refreshOp,
                                            QJsonObject {{"user_time_zone", "Mars/Olympus"}});
    QCOMPARE(badZone.status, 400);
    const Exchange unknown = m_sandbox.send(
        "POST", segments + "/refresh/00000000-0000-4000-8000-000000000000", refreshOp, chicago);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json()[u"error"].toString(), QStringLiteral("Segment does not exist."));
}

void tst_SandboxApi::refreshOnFreePlanIsForbidden()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.plan = SandboxOptions::Plan::Free;
    options.contacts = 50;
    SandboxFixture free(options);
    QVERIFY(free.start());
    const QString id = free.send("GET", segments, segments).json()[u"results"][0][u"id"].toString();
    const Exchange e = free.send("POST", segments + "/refresh/" + id, refreshOp,
                                 QJsonObject {{"user_time_zone", "Europe/Berlin"}});
    QCOMPARE(e.status, 403);
    QVERIFY(e.json().contains("error"));
}

void tst_SandboxApi::authenticationAndRouting()
{
    QCOMPARE(m_sandbox.send("GET", segments, segments, {}, "Bearer SG.wrong").status, 401);
    QCOMPARE(m_sandbox.send("GET", segments, segments, {}, "Basic abc").status, 401);
    const Exchange unknown = m_sandbox.send("GET", "/v3/marketing/nothing", {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_sandbox.send("PUT", segments, {}).status, 405);
}

void tst_SandboxApi::malformedJsonIs400()
{
    const Exchange e = m_sandbox.send("POST", segments, segments, QByteArray("{\"name\": "));
    QCOMPARE(e.status, 400);
    QCOMPARE(firstErrorField(e), QStringLiteral("json.decode failed"));
}

void tst_SandboxApi::fieldDefinitions()
{
    QCOMPARE(m_sandbox.send("GET", fields, fields).json()[u"custom_fields"].toArray().size(), 6);
    const Exchange created = m_sandbox.send(
        "POST", fields, fields, QJsonObject {{"name", "shoe_size"}, {"field_type", "Number"}});
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"].toString();
    for (const char *bad : {"1st", "Shoe_Size", "email", "has space"})
        QCOMPARE(
            m_sandbox
                .send("POST", fields, fields, QJsonObject {{"name", bad}, {"field_type", "Text"}})
                .status,
            400);
    QCOMPARE(
        m_sandbox
            .send("POST", fields, fields, QJsonObject {{"name", "ok_name"}, {"field_type", "Blob"}})
            .status,
        400);
    const Exchange renamed
        = m_sandbox.send("PATCH", fields + u'/' + id, fieldOp, QJsonObject {{"name", "foot_size"}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json()[u"name"].toString(), QStringLiteral("foot_size"));
    // The renamed column is queryable at once.
    const Exchange found
        = m_sandbox.send("POST", search, search, QJsonObject {{"query", "foot_size IS NULL"}});
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json()[u"contact_count"].toInt(), 2000);
    QCOMPARE(m_sandbox.send("DELETE", fields + u'/' + id, fieldOp).status, 204);
    QCOMPARE(m_sandbox.send("DELETE", fields + u'/' + id, fieldOp).status, 404);
}

void tst_SandboxApi::listsArePaged()
{
    const Exchange page1 = m_sandbox.send("GET", lists + "?page_size=5", lists);
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.json()[u"result"].toArray().size(), 5);
    const QUrl next(page1.json()[u"_metadata"][u"next"].toString());
    const Exchange page2 = m_sandbox.send("GET", lists + u'?' + next.query(), lists);
    QCOMPARE(page2.json()[u"result"].toArray().size(), 3);
    QVERIFY(!page2.json()[u"_metadata"].toObject().contains("next"));
    QCOMPARE(m_sandbox.send("GET", lists + "?page_size=0", lists).status, 400);
    const Exchange created
        = m_sandbox.send("POST", lists, lists, QJsonObject {{"name", "Spring promo"}});
    QCOMPARE(created.status, 201);
    QCOMPARE(m_sandbox.send("POST", lists, lists, QJsonObject {{"name", "Spring promo"}}).status,
             400);
}

void tst_SandboxApi::contactsSearchAndCount()
{
    const Exchange total = m_sandbox.send("GET", count, count);
    QCOMPARE(total.json()[u"contact_count"].toInt(), 2000);
    const Exchange found
        = m_sandbox.send("POST", search, search,
                         QJsonObject {{"query", "email LIKE '%@gmail.com' AND country = 'Japan'"}});
    QCOMPARE(found.status, 200);
    const QJsonArray result = found.json()[u"result"].toArray();
    QVERIFY(result.size() <= 50
            && result.size() == qMin(50, found.json()[u"contact_count"].toInt()));
    for (const QJsonValue &c : result)
        QVERIFY(c[u"email"].toString().endsWith("@gmail.com")
                && c[u"country"].toString() == u"Japan");
    // The shape of a preview's joins (LivePreviewQuery): (new) AND (NOT old OR field IS NULL).
    const Exchange japan
        = m_sandbox.send("POST", search, search, QJsonObject {{"query", "country = 'Japan'"}});
    const Exchange joins = m_sandbox.send(
        "POST", search, search,
        QJsonObject {{"query",
                      "country = 'Japan' AND (NOT (email LIKE '%@gmail.com' AND "
                      "birthday < '1990-01-01') OR email IS NULL OR birthday IS NULL)"}});
    const Exchange both = m_sandbox.send(
        "POST", search, search,
        QJsonObject {{"query",
                      "country = 'Japan' AND email LIKE '%@gmail.com' AND birthday < "
                      "'1990-01-01'"}});
    QCOMPARE(joins.status, 200);
    QVERIFY(both.json()[u"contact_count"].toInt() > 0);
    QCOMPARE(joins.json()[u"contact_count"].toInt(),
             japan.json()[u"contact_count"].toInt() - both.json()[u"contact_count"].toInt());
    const Exchange bad
        = m_sandbox.send("POST", search, search, QJsonObject {{"query", "email = "}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(firstErrorField(bad), QStringLiteral("query"));
}

void tst_SandboxApi::faultsAreInjected()
{
    QVERIFY(m_sandbox.injectFault(
        {{"kind", "status"}, {"status", 503}, {"path", segments}, {"times", 1}}));
    QCOMPARE(m_sandbox.send("GET", segments, {}).status, 503);
    QCOMPARE(m_sandbox.send("GET", segments, segments).status, 200);
    QVERIFY(m_sandbox.injectFault({{"kind", "rate_limit"}, {"reset_seconds", 30}, {"times", 1}}));
    const Exchange limited = m_sandbox.send("GET", segments, {});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(qAbs(limited.headers.value("x-ratelimit-reset").toLongLong()
                 - QDateTime::currentSecsSinceEpoch() - 30)
            <= 2);
    QVERIFY(m_sandbox.injectFault({{"kind", "malformed"}, {"times", 1}}));
    const Exchange malformed = m_sandbox.send("GET", segments, {});
    QCOMPARE(malformed.status, 200);
    QVERIFY(QJsonDocument::fromJson(malformed.body).isNull());
    QVERIFY(m_sandbox.injectFault({{"kind", "truncate"}, {"times", 1}}));
    QVERIFY(QJsonDocument::fromJson(m_sandbox.send("GET", segments, {}).body).isNull());
    QVERIFY(m_sandbox.injectFault({{"kind", "reset"}, {"times", 1}}));
    QCOMPARE(m_sandbox.send("GET", segments, {}).status, 200); // headers arrived, then the reset
    QVERIFY(!m_sandbox.injectFault({{"kind", "unknown"}}));
    QCOMPARE(m_sandbox.send("GET", segments, segments).status, 200);
}

// The generator formats its millions of times by hand; they must read as QDateTime writes them.
void tst_SandboxApi::generatorTimesMatchQDateTime()
{
    for (qint64 t = -5'000'000'000; t < 7'000'000'000; t += 7 * 86400 + 3671)
        QCOMPARE(ContactGenerator::isoTime(t),
                 QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
}

void tst_SandboxApi::everyResponseMatchesTheContract()
{
    QJsonArray records;
    for (const Exchange &e : m_sandbox.exchanges()) {
        if (e.operationPath.isEmpty())
            continue; // fault injection and deliberately broken answers
        QJsonObject record = e.toRecord();
        const bool listCall = e.operationPath == segments && e.method == "GET" && e.status == 200;
        if (listCall)
            record.insert("expect", "results-envelope"); // §8.2: the spec's schema is one item
        else if (e.operationPath == segmentOp && e.method == "GET" && e.status == 200
                 && !e.json().contains("contacts_sample"))
            record.insert("expect", "sample-omitted"); // contacts_sample=false (§3.1)
        else if (e.status == 401 || e.status == 404 || e.status == 405)
            record.insert("expect", "undocumented"); // §5: 401 everywhere, §8.4: missing 404s
        else if (e.operationPath == refreshOp && e.status == 400)
            record.insert("expect", "undocumented"); // §4.6: a bad time zone has no listed status
        else if (e.operationPath == lists && e.status == 400)
            record.insert("expect",
                          "undocumented"); // GET lists lists only 200; page_size is 1..1000
        records.append(record);
    }
    QTemporaryDir dir;
    QFile file(dir.filePath("records.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(records).toJson());
    file.close();
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(
        "node",
        {SEGMENTDESK_CONTRACT_DIR "/validate.mjs", Fixtures::dataPath("openapi"), file.fileName()});
    QVERIFY2(node.waitForStarted(10000),
             "node (Node.js) is not installed: run scripts/deps, which installs it and ajv");
    QVERIFY2(node.waitForFinished(60000), "node did not finish");
    QByteArrayList problems;
    for (const QByteArray &line : node.readAll().split('\n')) {
        if (line.startsWith("FAIL") || line.contains("match the contract"))
            problems.append(line);
    }
    QVERIFY2(node.exitCode() == 0, problems.join('\n').constData());
    QVERIFY(records.size() > 60);
}

QTEST_GUILESS_MAIN(tst_SandboxApi)
#include "tst_sandboxapi.moc"
