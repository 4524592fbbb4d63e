// SPDX-License-Identifier: MIT
// Every service operation end to end over HTTP: what is sent and what comes back.
#include "api/apireply.h"
#include "api/contactsapi.h"
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/scopesapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "support/awaitresult.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrlQuery>

using Reply = LoopbackServer::Reply;

class tst_Services : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listSegmentsWithFilters();
    void getWithAndWithoutSample();
    void aLargeReplyIsDecodedOffTheGuiThread();
    void createSendsNameQueryAndParent();
    void updateSendsOnlyChangedFields();
    void deleteAccepts202WithoutBody();
    void refreshSendsTimeZone();
    void refreshQuotaError();
    void fieldDefinitions();
    void listsArePaged();
    void scopes();
    void contactsSearchAndCount();

private:
    const LoopbackServer::Request &lastRequest() const { return m_server->requests().constLast(); }
    QJsonObject lastBody() const { return QJsonDocument::fromJson(lastRequest().body).object(); }
    void answer(int status, const QByteArray &body)
    {
        m_server->setHandler([status, body](const auto &) { return Reply::json(status, body); });
    }

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SendGridClient> m_client;
};

void tst_Services::init()
{
    m_client.reset();
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SendGridClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isOk());
    QVERIFY(m_client->setApiKey(Fixtures::fakeApiKey()).isOk());
    m_client->setRetryPolicy(
        RetryPolicy {1, std::chrono::milliseconds(0), std::chrono::milliseconds(0), 0});
}

void tst_Services::listSegmentsWithFilters()
{
    answer(200, Fixtures::data(QStringLiteral("segments_list_200.json")));
    SegmentsApi api(m_client.get());
    auto all = awaitResult<QList<SegmentSummary>>([&](auto done) { api.list({}, this, done); });
    QVERIFY(all.isOk());
    QCOMPARE(all.value->size(), 2);
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/segments/2.0"));
    QVERIFY(!lastRequest().url.hasQuery());

    SegmentFilter filter {{QStringLiteral("a"), QStringLiteral("b")},
                          {QStringLiteral("l1"), QStringLiteral("l2")},
                          true};
    awaitResult<QList<SegmentSummary>>([&](auto done) { api.list(filter, this, done); });
    const QUrlQuery query(lastRequest().url);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("ids")),
             (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("parent_list_ids")), QStringLiteral("l1,l2"));
    QCOMPARE(query.queryItemValue(QStringLiteral("no_parent_list_id")), QStringLiteral("true"));
}

void tst_Services::getWithAndWithoutSample()
{
    QByteArray noSample = Fixtures::data(QStringLiteral("segment_200.json"));
    const QJsonObject full = QJsonDocument::fromJson(noSample).object();
    QJsonObject stripped = full;
    stripped.remove(QStringLiteral("contacts_sample"));
    SegmentsApi api(m_client.get());

    answer(200, QJsonDocument(full).toJson());
    auto with = awaitResult<Segment>(
        [&](auto done) { api.get(QStringLiteral("id-1"), true, this, done); });
    QVERIFY(with.isOk() && with.value->hasSample);
    QCOMPARE(QUrlQuery(lastRequest().url).queryItemValue(QStringLiteral("contacts_sample")),
             QStringLiteral("true"));

    answer(200, QJsonDocument(stripped).toJson());
    auto without = awaitResult<Segment>(
        [&](auto done) { api.get(QStringLiteral("id-1"), false, this, done); });
    QVERIFY(without.isOk());
    QVERIFY(!without.value->hasSample);
    QCOMPARE(QUrlQuery(lastRequest().url).queryItemValue(QStringLiteral("contacts_sample")),
             QStringLiteral("false"));
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/segments/2.0/id-1"));
}

// A segment whose sample holds huge contacts (20 MB) takes 200 ms to decode: not on the thread
// that paints the window. A small reply is decoded where it arrives.
void tst_Services::aLargeReplyIsDecodedOffTheGuiThread()
{
    QJsonObject segment
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json"))).object();
    QJsonArray sample = segment.value(QStringLiteral("contacts_sample")).toArray();
    QVERIFY(!sample.isEmpty());
    QJsonObject contact = sample.first().toObject();
    contact.insert(QStringLiteral("first_name"), QString(600 * 1024, u'x'));
    for (int i = 0; i < 32; ++i)
        sample.append(contact);
    segment.insert(QStringLiteral("contacts_sample"), sample);
    const QByteArray large = QJsonDocument(segment).toJson(QJsonDocument::Compact);
    QVERIFY(large.size() > 16 * ApiReply::InlineDecodeBytes);
    const QByteArray small = Fixtures::data(QStringLiteral("segment_200.json"));
    const qsizetype smallSample
        = QJsonDocument::fromJson(small)["contacts_sample"].toArray().size();

    for (const QByteArray &body : {large, small}) {
        answer(200, body);
        QThread *decodedOn = nullptr;
        auto decode = [&decodedOn](const HttpResponse &response) {
            decodedOn = QThread::currentThread();
            return ApiReply::decodeObject<Segment>(response, &Segment::fromJson);
        };
        auto got = awaitResult<Segment>([&](auto done) {
            ApiReply::deliver<Segment>(
                m_client->get(QStringLiteral("/v3/marketing/segments/2.0/a")), this, decode, done);
        });
        QVERIFY2(got.isOk(), qPrintable(got.error.message));
        QCOMPARE(got.value->contactsSample.size(), body == large ? sample.size() : smallSample);
        if (body == large) // whole, though it came in many pieces
            QCOMPARE(got.value->contactsSample.constLast().firstName.size(), 600 * 1024);
        QCOMPARE(decodedOn != QThread::currentThread(), body == large);
    }
}

void tst_Services::createSendsNameQueryAndParent()
{
    answer(201, Fixtures::data(QStringLiteral("segment_200.json")));
    SegmentsApi api(m_client.get());
    SegmentCreate create {QStringLiteral("New"),
                          QStringLiteral("SELECT contact_id, updated_at FROM contact_data"),
                          {QStringLiteral("list-1")}};
    auto created = awaitResult<Segment>([&](auto done) { api.create(create, this, done); });
    QVERIFY(created.isOk());
    QCOMPARE(lastRequest().method, QByteArray("POST"));
    QCOMPARE(lastBody().value(QStringLiteral("name")).toString(), QStringLiteral("New"));
    QCOMPARE(lastBody().value(QStringLiteral("parent_list_ids")).toArray(),
             QJsonArray {QStringLiteral("list-1")});
    QCOMPARE(lastRequest().headers.value("content-type"), QByteArray("application/json"));
}

void tst_Services::updateSendsOnlyChangedFields()
{
    answer(200, Fixtures::data(QStringLiteral("segment_200.json")));
    SegmentsApi api(m_client.get());
    SegmentPatch patch;
    patch.name = QStringLiteral("Renamed");
    auto updated = awaitResult<Segment>(
        [&](auto done) { api.update(QStringLiteral("id-9"), patch, this, done); });
    QVERIFY(updated.isOk());
    QCOMPARE(lastRequest().method, QByteArray("PATCH"));
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/segments/2.0/id-9"));
    QCOMPARE(lastBody(), (QJsonObject {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
}

void tst_Services::deleteAccepts202WithoutBody()
{
    answer(202, {});
    SegmentsApi api(m_client.get());
    auto removed = awaitResult<NoContent>(
        [&](auto done) { api.remove(QStringLiteral("id-3"), this, done); });
    QVERIFY(removed.isOk());
    QCOMPARE(lastRequest().method, QByteArray("DELETE"));
    answer(404, {});
    auto missing = awaitResult<NoContent>(
        [&](auto done) { api.remove(QStringLiteral("id-3"), this, done); });
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void tst_Services::refreshSendsTimeZone()
{
    answer(202, R"({"job_id":"1588e03b-50aa-454a-97d1-e1530345a5ec"})");
    SegmentsApi api(m_client.get());
    auto job = awaitResult<RefreshJob>([&](auto done) {
        api.refresh(QStringLiteral("id-4"), QStringLiteral("America/Chicago"), this, done);
    });
    QVERIFY(job.isOk());
    QCOMPARE(job.value->jobId, QStringLiteral("1588e03b-50aa-454a-97d1-e1530345a5ec"));
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/segments/2.0/refresh/id-4"));
    QCOMPARE(lastBody(),
             (QJsonObject {{QStringLiteral("user_time_zone"), QStringLiteral("America/Chicago")}}));
}

void tst_Services::refreshQuotaError()
{
    answer(403, {});
    SegmentsApi api(m_client.get());
    auto forbidden = awaitResult<RefreshJob>(
        [&](auto done) { api.refresh(QStringLiteral("id-4"), QStringLiteral("UTC"), this, done); });
    QCOMPARE(forbidden.error.kind, ApiError::Kind::Forbidden);
    answer(404, Fixtures::data(QStringLiteral("error_404_refresh.json")));
    auto missing = awaitResult<RefreshJob>(
        [&](auto done) { api.refresh(QStringLiteral("id-4"), QStringLiteral("UTC"), this, done); });
    QCOMPARE(missing.error.message, QStringLiteral("Segment does not exist."));
}

void tst_Services::fieldDefinitions()
{
    answer(200, Fixtures::data(QStringLiteral("fields_200.json")));
    FieldDefinitionsApi api(m_client.get());
    auto fields = awaitResult<QList<FieldDefinition>>([&](auto done) { api.list(this, done); });
    QVERIFY(fields.isOk());
    QCOMPARE(fields.value->size(), 6);
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/field_definitions"));
}

void tst_Services::listsArePaged()
{
    m_server->setHandler([](const LoopbackServer::Request &request) {
        const bool second = QUrlQuery(request.url).queryItemValue(QStringLiteral("page_token"))
            == QStringLiteral("tok2");
        return Reply::json(200,
                           Fixtures::data(second ? QStringLiteral("lists_page2.json")
                                                 : QStringLiteral("lists_page1.json")));
    });
    ListsApi api(m_client.get());
    auto first = awaitResult<ContactListPage>([&](auto done) { api.list(1, {}, this, done); });
    QVERIFY(first.isOk());
    QCOMPARE(QUrlQuery(lastRequest().url).queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("1"));
    auto second = awaitResult<ContactListPage>(
        [&](auto done) { api.list(5000, first.value->nextPageToken, this, done); });
    QVERIFY(second.isOk());
    QCOMPARE(second.value->lists.first().name, QStringLiteral("VIP customers"));
    QCOMPARE(QUrlQuery(lastRequest().url).queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("1000"));
}

void tst_Services::scopes()
{
    answer(200, R"({"scopes":["marketing.read","marketing_campaigns.update"]})");
    ScopesApi api(m_client.get());
    auto scopes = awaitResult<QStringList>([&](auto done) { api.list(this, done); });
    QVERIFY(scopes.isOk());
    QCOMPARE(scopes.value->size(), 2);
    answer(200, R"({"scopes":"marketing.read"})");
    auto wrong = awaitResult<QStringList>([&](auto done) { api.list(this, done); });
    QCOMPARE(wrong.error.kind, ApiError::Kind::BadPayload);
}

void tst_Services::contactsSearchAndCount()
{
    const QJsonObject contact
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json")))
              .object()
              .value(QStringLiteral("contacts_sample"))
              .toArray()
              .first()
              .toObject();
    answer(200,
           QJsonDocument(QJsonObject {{QStringLiteral("result"), QJsonArray {contact}},
                                      {QStringLiteral("contact_count"), 1}})
               .toJson());
    ContactsApi api(m_client.get());
    auto found = awaitResult<ContactSearchResult>(
        [&](auto done) { api.search(QStringLiteral("email LIKE '%gmail.com'"), this, done); });
    QVERIFY(found.isOk());
    QCOMPARE(found.value->contacts.first().city, QStringLiteral("Boulder"));
    QCOMPARE(lastBody().value(QStringLiteral("query")).toString(),
             QStringLiteral("email LIKE '%gmail.com'"));

    answer(200, R"({"contact_count": 10000, "billable_count": 9800})");
    auto count = awaitResult<ContactCount>([&](auto done) { api.count(this, done); });
    QVERIFY(count.isOk());
    QCOMPARE(count.value->contactCount, 10000);
    QCOMPARE(lastRequest().url.path(), QStringLiteral("/v3/marketing/contacts/count"));
}

QTEST_GUILESS_MAIN(tst_Services)
#include "tst_services.moc"
