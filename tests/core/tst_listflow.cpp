// SPDX-License-Identifier: MIT
// ListFlow without widgets, against the in-process sandbox: the list with its lists' names and
// field catalogue, a failed read, the drafts an earlier run left (offered once per profile), and
// the queries the filter learns one read at a time.
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "flows/listflow.h"
#include "models/segmenttablemodel.h"
#include "query/fieldcatalogue.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ListFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reloadReadsTheListItsNamesAndFields();
    void failedReadIsReported();
    void keptDraftsAreOfferedOncePerProfile();
    void declinedDraftsGo();
    void filterLearnsTheUnknownQueriesOneAtATime();

private:
    bool loadAndWait();
    Draft draftOf(const SegmentSummary &s, const QString &name) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_segments;
    std::unique_ptr<ListsApi> m_lists;
    std::unique_ptr<FieldDefinitionsApi> m_fields;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SegmentTableModel> m_listed;
    std::unique_ptr<ListFlow> m_flow;
};

void tst_ListFlow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    m_segments = std::make_unique<SegmentsApi>(m_client.get());
    m_lists = std::make_unique<ListsApi>(m_client.get());
    m_fields = std::make_unique<FieldDefinitionsApi>(m_client.get());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir->filePath("drafts.sqlite")).isOk());
    m_listed = std::make_unique<SegmentTableModel>();
    m_flow = std::make_unique<ListFlow>(m_segments.get(), m_lists.get(), m_fields.get(),
                                        m_drafts.get(), m_listed.get());
    // As the window does: what is read is what is listed.
    connect(m_flow.get(), &ListFlow::loaded, m_listed.get(),
            [this](const QList<SegmentSummary> &s) { m_listed->setSegments(s); });
}

void tst_ListFlow::cleanup()
{
    m_flow.reset();
    m_segments.reset();
    m_lists.reset();
    m_fields.reset();
    m_client.reset();
    m_sandbox.reset();
}

bool tst_ListFlow::loadAndWait()
{
    QSignalSpy loaded(m_flow.get(), &ListFlow::loaded);
    m_flow->reload();
    return loaded.wait(10000);
}

Draft tst_ListFlow::draftOf(const SegmentSummary &s, const QString &name) const
{
    return {s.id,
            name,
            QStringLiteral("SELECT contact_id, updated_at FROM contact_data"),
            {},
            QDateTime::currentDateTimeUtc()};
}

void tst_ListFlow::reloadReadsTheListItsNamesAndFields()
{
    // Seen as it is emitted: the call is gone once the list has arrived.
    QList<bool> loading;
    const QObject context;
    connect(m_flow.get(), &ListFlow::loading, &context,
            [&loading](ApiCall *call) { loading.append(call != nullptr); });
    QSignalSpy names(m_flow.get(), &ListFlow::listNamesChanged);
    QSignalSpy catalogue(m_flow.get(), &ListFlow::catalogueChanged);
    QVERIFY(!m_flow->isLoaded());
    QVERIFY(loadAndWait());
    QCOMPARE(loading, QList<bool> {true}); // the window can stop it
    QVERIFY(m_flow->isLoaded());
    QCOMPARE(m_listed->segments().size(), m_sandbox->segments().size());
    QVERIFY(names.size() == 1 || names.wait(10000));
    QVERIFY(!m_flow->listNames().isEmpty());
    QVERIFY(catalogue.size() == 1 || catalogue.wait(10000));
    QVERIFY(m_flow->isListed(m_listed->segments().constFirst().id));
    QVERIFY(!m_flow->isListed(QStringLiteral("not-a-segment")));
}

void tst_ListFlow::failedReadIsReported()
{
    QVERIFY(m_client->setApiKey(QStringLiteral("SG.not-a-key.of-this-sandbox")).isOk());
    QSignalSpy failed(m_flow.get(), &ListFlow::failed);
    m_flow->reload();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!m_flow->isLoaded());
}

void tst_ListFlow::keptDraftsAreOfferedOncePerProfile()
{
    QVERIFY(loadAndWait());
    const SegmentSummary first = m_listed->segments().at(0);
    const SegmentSummary second = m_listed->segments().at(1);
    QVERIFY(m_drafts->save(draftOf(first, "Renamed in the draft")).isOk());
    const auto offered = m_flow->draftsToOffer();
    QVERIFY(offered.isOk());
    QCOMPARE(offered.value().size(), 1);
    // Named as listed: the draft's own name is an edit the person has not saved.
    QCOMPARE(
        m_flow->draftsQuestion(offered.value()),
        QStringLiteral("SegmentDesk closed before your edit of \"%1\" was saved.").arg(first.name));
    QVERIFY(m_flow->draftsToOffer().value().isEmpty()); // asked once
    QVERIFY(m_drafts->save(draftOf(second, "Other")).isOk());
    m_flow->forget(); // another profile opened
    const auto again = m_flow->draftsToOffer();
    QCOMPARE(again.value().size(), 2);
    QVERIFY(m_flow->draftsQuestion(again.value()).contains(u'"' + second.name + u'"'));
}

void tst_ListFlow::declinedDraftsGo()
{
    QVERIFY(loadAndWait());
    const SegmentSummary first = m_listed->segments().at(0);
    QVERIFY(m_drafts->save(draftOf(first, "Kept")).isOk());
    QVERIFY(m_flow->dropDrafts(m_flow->draftsToOffer().value()).isOk());
    QVERIFY(m_drafts->all().value().isEmpty());
}

void tst_ListFlow::filterLearnsTheUnknownQueriesOneAtATime()
{
    QVERIFY(loadAndWait());
    const QList<SegmentSummary> listed = m_listed->segments();
    QVERIFY(listed.size() >= 3);
    QSignalSpy learned(m_flow.get(), &ListFlow::queryLearned);
    m_flow->learnQuery(listed.at(0).id, QStringLiteral("known")); // read before: not read again
    m_flow->setFilterText(QStringLiteral("country"));
    m_flow->setFilterText(QStringLiteral("country ")); // one read at a time, not two
    QTRY_COMPARE_WITH_TIMEOUT(learned.size(), listed.size(), 20000);
    QSet<QString> ids;
    for (const auto &args : learned)
        ids.insert(args.first().toString());
    QCOMPARE(ids.size(), listed.size());
    QCOMPARE(learned.at(1).at(1).toString(),
             m_sandbox
                 ->send("GET",
                        "/v3/marketing/segments/2.0/" + learned.at(1).first().toString()
                            + "?contacts_sample=false",
                        "/v3/marketing/segments/2.0/{segment_id}")
                 .json()["query_dsl"]
                 .toString());
}

QTEST_GUILESS_MAIN(tst_ListFlow)
#include "tst_listflow.moc"
