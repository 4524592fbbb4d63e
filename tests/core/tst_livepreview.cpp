// SPDX-License-Identifier: MIT
// LivePreview against the in-process sandbox (figures) and a loopback server (requests).
#include "api/contactsapi.h"
#include "api/sendgridclient.h"
#include "editing/livepreview.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

const QString segments = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
const QString joined
    = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data "
                     "AS e ON c.contact_id = e.contact_id WHERE ");
const QString openedRecently
    = joined + "e.event_type = 'open' AND e.event_timestamp > NOW() - INTERVAL 30 DAY";
const QByteArray oneContact = R"({"result": [{"id": "c1", "email": "a@example.com",
    "list_ids": [], "segment_ids": [], "custom_fields": {}}], "contact_count": 7})";

} // namespace

class tst_LivePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countIsTheRefreshedSegmentsCount_data();
    void countIsTheRefreshedSegmentsCount();
    void parentListRestricts();
    void joinsAndLeaves_data();
    void joinsAndLeaves();
    void debounceCoalescesEdits();
    void editCancelsTheSearchInFlight();
    void sameTextAgainKeepsItsPause();
    void untranslatableSaysWhy_data();
    void untranslatableSaysWhy();
    void engagementIsCountedExactlyByTheSandbox_data();
    void engagementIsCountedExactlyByTheSandbox();
    void engagementEditJoinsAndLeaves();
    void anAccountGetsABoundForEngagement();

private:
    /// A segment with `query` after validation (which counts a new segment at once) and, with
    /// `refresh`, a manual refresh (10 per account per day): its id and count.
    std::pair<QString, qint64> segment(const QString &query, bool refresh);
    LivePreviewResult preview(SendGridClient *client, const QString &query,
                              const QString &saved = {}, const QStringList &parentLists = {});
    std::unique_ptr<SendGridClient> clientFor(const QUrl &url);

    SandboxFixture m_sandbox;
    std::unique_ptr<SendGridClient> m_client;
    int m_created = 0;
};

void tst_LivePreview::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = clientFor(m_sandbox.baseUrl());
    // The window has read the list before any preview: the sandbox has said what it is.
    ContactsApi api(m_client.get());
    bool counted = false;
    api.count(this, [&counted](const ApiResult<ContactCount> &result) { counted = result.isOk(); });
    QTRY_VERIFY(counted);
    QVERIFY(m_client->isSandbox());
}

std::unique_ptr<SendGridClient> tst_LivePreview::clientFor(const QUrl &url)
{
    auto client = std::make_unique<SendGridClient>();
    if (!client->setBaseUrl(url).isOk() || !client->setApiKey(Fixtures::fakeApiKey()).isOk())
        qWarning("the client refused the loopback URL or the test key");
    client->setRetryPolicy(
        RetryPolicy {1, std::chrono::milliseconds(0), std::chrono::milliseconds(0), 0});
    return client;
}

std::pair<QString, qint64> tst_LivePreview::segment(const QString &query, bool refresh)
{
    const Exchange created
        = m_sandbox.send("POST", segments, segments,
                         QJsonObject {{"name", QStringLiteral("Preview check %1").arg(++m_created)},
                                      {"query_dsl", query}});
    const QString id = created.json().value("id").toString();
    const QString read = segments + u'/' + id + "?contacts_sample=false";
    const bool valid = QTest::qWaitFor(
        [&] {
            return m_sandbox.send("GET", read, segmentOp).json()[u"status"][u"query_validation"]
                == QStringLiteral("VALID");
        },
        5000);
    if (!valid)
        return {id, -1};
    if (refresh) {
        const Exchange refreshed = m_sandbox.send(
            "POST", segments + "/refresh/" + id, "/v3/marketing/segments/2.0/refresh/{segment_id}",
            QJsonObject {{"user_time_zone", "Europe/Berlin"}});
        if (refreshed.status != 202)
            return {id, -1};
    }
    return {id, m_sandbox.send("GET", read, segmentOp).json()[u"contacts_count"].toInteger(-1)};
}

LivePreviewResult tst_LivePreview::preview(SendGridClient *client, const QString &query,
                                           const QString &saved, const QStringList &parentLists)
{
    ContactsApi api(client);
    LivePreview preview(&api);
    preview.setDelay(0);
    preview.setSaved(saved, parentLists);
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    preview.edit(query);
    if (!previewed.wait(10000))
        return {};
    return previewed.first().first().value<LivePreviewResult>();
}

void tst_LivePreview::countIsTheRefreshedSegmentsCount_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("equals") << "country = 'Germany'";
    QTest::newRow("and not") << "email LIKE '%@gmail.com' AND NOT (country = 'Germany')";
    QTest::newRow("empty or number") << "birthday IS NULL OR lifetime_value > 500";
    QTest::newRow("not over a nullable field")
        << "NOT (first_name LIKE 'A%' OR birthday < '1980-01-01')";
    QTest::newRow("time and list")
        << "created_at > '2000-01-01T00:00:00Z' AND plan_tier IN ('pro', 'enterprise')";
}

void tst_LivePreview::countIsTheRefreshedSegmentsCount()
{
    QFETCH(QString, where);
    const auto [id, count] = segment(head + where, true);
    QVERIFY(count >= 0);
    const LivePreviewResult result = preview(m_client.get(), head + where);
    QVERIFY2(result.matches.isOk(), qPrintable(result.matches.notTranslatable));
    QCOMPARE(result.matches.count(), count);
    QVERIFY(!result.joins && !result.leaves);
    QVERIFY(result.previewedAt.isValid());
}

// A segment with a parent list holds only that list's members; so does its preview.
void tst_LivePreview::parentListRestricts()
{
    const QString listsPath = QStringLiteral("/v3/marketing/lists");
    const QString list
        = m_sandbox.send("GET", listsPath, listsPath).json()[u"result"][0][u"id"].toString();
    QVERIFY(!list.isEmpty());
    const QString query = head + "country = 'Germany'";
    const Exchange created = m_sandbox.send("POST", segments, segments,
                                            QJsonObject {{"name", "Preview within a list"},
                                                         {"query_dsl", query},
                                                         {"parent_list_ids", QJsonArray {list}}});
    QCOMPARE(created.status, 201);
    const QString read = segments + u'/' + created.json()[u"id"].toString();
    QJsonObject segment;
    QTRY_VERIFY(
        (segment = m_sandbox.send("GET", read, segmentOp).json())[u"status"][u"query_validation"]
        == QStringLiteral("VALID"));
    const qint64 withinList = segment[u"contacts_count"].toInteger(-1);
    const LivePreviewResult all = preview(m_client.get(), query);
    const LivePreviewResult within = preview(m_client.get(), query, query, {list});
    QVERIFY(within.matches.isOk() && all.matches.isOk());
    QVERIFY(withinList > 0 && withinList < all.matches.count());
    QCOMPARE(within.matches.count(), withinList);
    QCOMPARE(within.joins->count(), 0);
    QCOMPARE(within.leaves->count(), 0);
}

void tst_LivePreview::joinsAndLeaves_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("unsaved");
    // A third of the contacts have no birthday: for them the saved condition is NULL, so they
    // are not in the saved segment and join it; `new AND NOT old` would leave them out.
    QTest::newRow("nullable saved") << "birthday < '1990-01-01'"
                                    << "country = 'Germany'";
    // Half have no last purchase: the unsaved NOT (…) is NULL for them, so they leave.
    const QString halfYearAgo = QDate::currentDate().addDays(-180).toString(Qt::ISODate);
    QTest::newRow("negated nullable")
        << "NOT (birthday < '1990-01-01') AND country = 'France'"
        << "country = 'Spain' OR NOT (last_purchase_date < '" + halfYearAgo + "')";
}

void tst_LivePreview::joinsAndLeaves()
{
    QFETCH(QString, saved);
    QFETCH(QString, unsaved);
    // Who is in both, by the sandbox's own segment evaluation (AND is NULL-safe here: a
    // contact is in both only where both conditions are TRUE).
    const auto [oldId, oldCount] = segment(head + saved, false);
    const auto [newId, newCount] = segment(head + unsaved, false);
    const qint64 both
        = segment(head + u'(' + saved + QStringLiteral(") AND (") + unsaved + u')', false).second;
    QVERIFY(both >= 0 && newCount > both && oldCount > both);

    const LivePreviewResult result = preview(m_client.get(), head + unsaved, head + saved);
    QVERIFY(result.matches.isOk() && result.joins && result.leaves);
    QVERIFY(result.joins->isOk() && result.leaves->isOk());
    QCOMPARE(result.matches.count(), newCount);
    QCOMPARE(result.joins->count(), newCount - both);
    QCOMPARE(result.leaves->count(), oldCount - both);
    // Everyone named is in one segment and not the other, by the segment ids the search shows.
    for (const auto &[figure, in, out] :
         {std::tuple {*result.joins, newId, oldId}, std::tuple {*result.leaves, oldId, newId}}) {
        QVERIFY(!figure.answer.value->contacts.isEmpty());
        for (const Contact &c : figure.answer.value->contacts) {
            QVERIFY2(c.segmentIds.contains(in), qPrintable(c.email));
            QVERIFY2(!c.segmentIds.contains(out), qPrintable(c.email));
        }
    }
}

void tst_LivePreview::debounceCoalescesEdits()
{
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler([](const auto &) { return LoopbackServer::Reply::json(200, oneContact); });
    auto client = clientFor(server.baseUrl());
    ContactsApi api(client.get());
    LivePreview preview(&api);
    QCOMPARE(preview.delay(), LivePreview::defaultDelayMs);
    preview.setDelay(50);
    preview.setSaved(head + "country = 'Spain'");
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    QString typed = head + "city = 'B";
    for (const QChar c : QStringLiteral("erlin'")) {
        typed += c;
        preview.edit(typed);
    }
    QVERIFY(previewed.wait());
    // One preview of the last text: the count, the joins and the leaves, once each.
    QCOMPARE(server.requests().size(), 3);
    const auto result = previewed.first().first().value<LivePreviewResult>();
    QCOMPARE(result.query, typed);
    QCOMPARE(result.matches.count(), 7);
    QVERIFY(result.joins->isOk() && result.leaves->isOk());
    QVERIFY(!preview.isBusy());
}

// The editor reports its text again after each re-highlighting, faster than the pause: that
// must not restart the pause (it would never end) nor search the same text again.
void tst_LivePreview::sameTextAgainKeepsItsPause()
{
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler([](const auto &) { return LoopbackServer::Reply::json(200, oneContact); });
    auto client = clientFor(server.baseUrl());
    ContactsApi api(client.get());
    LivePreview preview(&api);
    preview.setDelay(200);
    const QString typed = head + "city = 'Berlin'";
    QTimer again; // as the editor re-reports: every 50 ms, a quarter of the pause
    again.setInterval(50);
    connect(&again, &QTimer::timeout, &preview, [&] { preview.edit(typed); });
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    preview.edit(typed);
    again.start();
    QVERIFY(previewed.wait(3000));
    again.stop();
    preview.edit(typed); // a re-report after the answer: nothing to wait for, nothing to ask
    QVERIFY(!preview.isBusy());
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(server.requests().size(), 1); // no saved query: the count only
}

void tst_LivePreview::editCancelsTheSearchInFlight()
{
    LoopbackServer server;
    QVERIFY(server.start());
    // The first text's search is never answered: only cancelling it ends it.
    server.setHandler([](const LoopbackServer::Request &request) {
        if (request.body.contains("Germany"))
            return LoopbackServer::Reply {200, {}, {}, LoopbackServer::Reply::Behaviour::Stall};
        return LoopbackServer::Reply::json(200, oneContact);
    });
    auto client = clientFor(server.baseUrl());
    ContactsApi api(client.get());
    LivePreview preview(&api);
    preview.setDelay(0);
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    QSignalSpy started(&preview, &LivePreview::searchStarted);
    QSignalSpy closed(&server, &LoopbackServer::clientDisconnected);
    preview.edit(head + "country = 'Germany'");
    QTRY_COMPARE(server.requests().size(), 1);
    QVERIFY(preview.isBusy());
    preview.edit(head + "country = 'France'");
    QVERIFY(previewed.wait());
    QTRY_COMPARE(closed.size(), 1); // the stalled request was aborted
    QCOMPARE(started.size(), 2);
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(previewed.first().first().value<LivePreviewResult>().query,
             head + "country = 'France'");
    QVERIFY(!preview.isBusy());
}

void tst_LivePreview::untranslatableSaysWhy_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("matches");
    QTest::addColumn<QString>("compared");
    QTest::addColumn<int>("requests");
    const QString engagement = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e ON "
        "c.contact_id = e.contact_id WHERE e.event_type = 'open'");
    const QString events
        = QStringLiteral("engagement conditions (event_data) have no contacts-search equivalent");
    const QString simple = head + "country = 'Spain'";
    QTest::newRow("engagement") << engagement << QString() << events << QString() << 0;
    QTest::newRow("never opened")
        << head
            + "contact_id NOT IN (SELECT e.contact_id FROM event_data AS e WHERE "
              "e.event_type = 'open')"
        << QString() << "sub-selects (such as \"never opened\") have no contacts-search equivalent"
        << QString() << 0;
    QTest::newRow("does not parse")
        << head + "country = " << QString() << "the query has errors; fix them to see a preview"
        << QString() << 0;
    QTest::newRow("saved has engagement") << simple << engagement << QString() << events << 1;
    QTest::newRow("edit adds engagement") << engagement << simple << events << events << 0;
}

void tst_LivePreview::untranslatableSaysWhy()
{
    QFETCH(QString, query);
    QFETCH(QString, saved);
    QFETCH(QString, matches);
    QFETCH(QString, compared);
    QFETCH(int, requests);
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler([](const auto &) { return LoopbackServer::Reply::json(200, oneContact); });
    auto client = clientFor(server.baseUrl());
    const LivePreviewResult result = preview(client.get(), query, saved);
    QCOMPARE(result.query, query);
    QCOMPARE(result.matches.notTranslatable, matches);
    QCOMPARE(result.matches.isOk(), matches.isEmpty());
    if (!matches.isEmpty())
        QVERIFY(!result.matches.answer.value); // no number at all, not a zero
    QCOMPARE(bool(result.joins), !saved.isEmpty() && !compared.isEmpty());
    if (result.joins) {
        QCOMPARE(result.joins->notTranslatable, compared);
        QCOMPARE(result.leaves->notTranslatable, compared);
    }
    QCOMPARE(server.requests().size(), requests);
}

void tst_LivePreview::engagementIsCountedExactlyByTheSandbox_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("opened in the last 30 days") << openedRecently;
    QTest::newRow("never clicked") << head
            + "contact_id NOT IN (SELECT e.contact_id FROM event_data AS e WHERE e.event_type = "
              "'click')";
    QTest::newRow("opened, in Germany or Austria")
        << openedRecently + " AND c.country IN ('Germany', 'Austria')";
}

// #19 §2: a count before saving for engagement too, equal to the count once saved.
void tst_LivePreview::engagementIsCountedExactlyByTheSandbox()
{
    QFETCH(QString, query);
    const auto [id, count] = segment(query, false);
    QVERIFY(count > 0);
    const LivePreviewResult result = preview(m_client.get(), query);
    QVERIFY2(result.matches.isOk(), qPrintable(result.matches.notTranslatable));
    QVERIFY(!result.matches.atMost);
    QCOMPARE(result.matches.count(), count);
}

void tst_LivePreview::engagementEditJoinsAndLeaves()
{
    const QString inGermany = openedRecently + " AND c.country = 'Germany'";
    const qint64 all = segment(openedRecently, false).second;
    const qint64 german = segment(inGermany, false).second;
    QVERIFY(all > german && german > 0);
    const LivePreviewResult result = preview(m_client.get(), inGermany, openedRecently);
    QVERIFY(result.matches.isOk() && result.joins && result.leaves);
    QVERIFY(result.joins->isOk() && result.leaves->isOk());
    QCOMPARE(result.matches.count(), german);
    QCOMPARE(result.joins->count(), 0);
    QCOMPARE(result.leaves->count(), all - german);
}

// A server that has not said it is the sandbox is an account: SendGrid's contacts search
// counts the field conditions, and the figure says it is only a bound.
void tst_LivePreview::anAccountGetsABoundForEngagement()
{
    const auto account = clientFor(m_sandbox.baseUrl());
    QVERIFY(!account->isSandbox());
    const QString query = openedRecently + " AND c.country = 'Germany'";
    const qint64 exact = segment(query, false).second;
    const qint64 fieldsOnly = segment(head + "country = 'Germany'", false).second;
    QVERIFY(exact >= 0 && fieldsOnly > exact);
    const LivePreviewResult result = preview(account.get(), query);
    QVERIFY2(result.matches.isOk(), qPrintable(result.matches.notTranslatable));
    QVERIFY(result.matches.atMost);
    QCOMPARE(result.matches.count(), fieldsOnly);
}

QTEST_GUILESS_MAIN(tst_LivePreview)
#include "tst_livepreview.moc"
