// SPDX-License-Identifier: MIT
// SegmentActionsFlow without widgets, against the in-process sandbox: a create filed in the
// history and said once the segment is open, a refused create, a delete that takes the draft
// and the open segment with it, the context menu's action that waits for its row, and the
// names a duplicate and a recreated segment get.
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/editflow.h"
#include "flows/historyflow.h"
#include "flows/segmentactionsflow.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "models/segmenttablemodel.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString profileId = QStringLiteral("profile-under-test");
const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data");
} // namespace

class tst_SegmentActionsFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createIsFiledAndSaidOnce();
    void refusedCreateSaysWhy();
    void deleteTakesTheDraftAndTheOpenSegment();
    void rowActionWaitsForItsRow();
    void copiesAndRecreationsGetFreeNames();
    void recreateNeedsHistoryAndAList();

private:
    QString firstSegmentId();
    bool openAndWait(const QString &id);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<EditFlow> m_edit;
    std::unique_ptr<HistoryFlow> m_historyFlow;
    std::unique_ptr<SegmentTableModel> m_listed;
    std::unique_ptr<SegmentActionsFlow> m_flow;
};

void tst_SegmentActionsFlow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    m_api = std::make_unique<SegmentsApi>(m_client.get());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir->filePath("drafts.sqlite")).isOk());
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath("history.sqlite")).isOk());
    m_edit = std::make_unique<EditFlow>(m_api.get(), m_drafts.get());
    m_edit->setHistory(m_history.get(), profileId);
    m_historyFlow = std::make_unique<HistoryFlow>(m_history.get());
    m_historyFlow->setProfile(profileId);
    m_listed = std::make_unique<SegmentTableModel>();
    m_flow = std::make_unique<SegmentActionsFlow>(m_api.get(), m_edit.get(), m_historyFlow.get(),
                                                  m_listed.get());
}

void tst_SegmentActionsFlow::cleanup()
{
    m_flow.reset();
    m_edit.reset();
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

QString tst_SegmentActionsFlow::firstSegmentId()
{
    const QJsonArray all = m_sandbox->segments();
    return all.isEmpty() ? QString() : all.first()["id"].toString();
}

bool tst_SegmentActionsFlow::openAndWait(const QString &id)
{
    QSignalSpy opened(m_edit.get(), &EditFlow::opened);
    m_edit->open(id);
    return opened.wait(10000) && m_edit->current().id == id;
}

void tst_SegmentActionsFlow::createIsFiledAndSaidOnce()
{
    QSignalSpy busy(m_flow.get(), &SegmentActionsFlow::busy);
    QSignalSpy created(m_flow.get(), &SegmentActionsFlow::created);
    m_flow->create({QStringLiteral("Made by the flow"), query, {}});
    QVERIFY(created.wait(10000));
    QCOMPARE(busy.first().first().toString(), QStringLiteral("Creating \"Made by the flow\"…"));
    const Segment made = created.first().first().value<Segment>();
    QCOMPARE(m_sandbox->settledSegment(made.id)["name"].toString(),
             QStringLiteral("Made by the flow"));
    const auto versions = m_history->versions(profileId, made.id).value();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().source, HistoryVersion::Source::ThisApp);
    QCOMPARE(m_flow->takeNotice(), QStringLiteral("Created \"Made by the flow\"."));
    QCOMPARE(m_flow->takeNotice(), QString()); // said once
}

void tst_SegmentActionsFlow::refusedCreateSaysWhy()
{
    const QString taken = m_sandbox->segments().first()["name"].toString();
    QSignalSpy failed(m_flow.get(), &SegmentActionsFlow::failed);
    QSignalSpy created(m_flow.get(), &SegmentActionsFlow::created);
    m_flow->create({taken, query, {}}); // SendGrid keeps names unique
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Not created"));
    QVERIFY(created.isEmpty());
    QCOMPARE(m_flow->takeNotice(), QString());
}

void tst_SegmentActionsFlow::deleteTakesTheDraftAndTheOpenSegment()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const Segment doomed = m_edit->current();
    m_edit->noteEdit({doomed.name + " edited", doomed.queryDsl}, true);
    m_edit->writePendingDraft();
    QVERIFY(m_drafts->find(id).value().has_value());
    QCOMPARE(m_flow->whyNotDelete(), QString());
    QSignalSpy removed(m_flow.get(), &SegmentActionsFlow::removed);
    m_flow->remove(doomed);
    QVERIFY(removed.wait(10000));
    QVERIFY(!m_drafts->find(id).value().has_value());
    QVERIFY(m_edit->current().id.isEmpty());
    for (const QJsonValue &s : m_sandbox->segments())
        QVERIFY(s["id"].toString() != id);
    QCOMPARE(m_flow->takeNotice(), QStringLiteral("Deleted \"%1\".").arg(doomed.name));
}

void tst_SegmentActionsFlow::rowActionWaitsForItsRow()
{
    const QJsonArray all = m_sandbox->segments();
    const QString open = all.at(0)["id"].toString();
    const QString other = all.at(1)["id"].toString();
    QVERIFY(openAndWait(open));
    using Action = SegmentActionsFlow::RowAction;
    QVERIFY(m_flow->actOnRow(open, Action::Delete)); // the open row: at once
    QVERIFY(!m_flow->actOnRow(other, Action::Duplicate)); // waits for `other` to open
    QCOMPARE(m_flow->takeRowAction(open), Action::None); // another segment opened: dropped
    QVERIFY(!m_flow->actOnRow(other, Action::Delete));
    QCOMPARE(m_flow->takeRowAction(other), Action::Delete);
    QCOMPARE(m_flow->takeRowAction(other), Action::None); // once
    QVERIFY(!m_flow->actOnRow(other, Action::Delete));
    m_flow->dropRowAction(); // the person stayed on their edit
    QCOMPARE(m_flow->takeRowAction(other), Action::None);
}

void tst_SegmentActionsFlow::copiesAndRecreationsGetFreeNames()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const Segment original = m_edit->current();
    const SegmentCreate copy
        = m_flow->duplicateOfCurrent({original.name, "Copy of " + original.name});
    QVERIFY(copy.name != original.name && copy.name != "Copy of " + original.name);
    QCOMPARE(copy.queryDsl, original.queryDsl);
    QCOMPARE(copy.parentListIds, original.parentListIds);
    HistoryVersion gone;
    gone.name = QStringLiteral("Gone");
    gone.queryDsl = query;
    const SegmentCreate again = SegmentActionsFlow::fromVersion(gone, {"Gone"});
    QVERIFY(again.name != "Gone");
    QCOMPARE(SegmentActionsFlow::fromVersion(gone, {}).name, QStringLiteral("Gone"));
}

void tst_SegmentActionsFlow::recreateNeedsHistoryAndAList()
{
    QVERIFY(m_flow->whyNotRecreate(false).contains("Load the segment list first"));
    QCOMPARE(m_flow->whyNotRecreate(true), QString());
    SegmentSummary listed;
    listed.id = QStringLiteral("listed");
    m_listed->setSegments({listed});
    QCOMPARE(m_flow->listedIds(), QSet<QString> {"listed"});
    HistoryFlow none(nullptr);
    SegmentActionsFlow withoutHistory(m_api.get(), m_edit.get(), &none, m_listed.get());
    QVERIFY(withoutHistory.whyNotRecreate(true).contains("No local history"));
}

QTEST_GUILESS_MAIN(tst_SegmentActionsFlow)
#include "tst_segmentactionsflow.moc"
