// SPDX-License-Identifier: MIT
// EditFlow without widgets, against the in-process sandbox: open with a kept draft, drafts
// written once typing pauses, saves with conflicts and cut-off replies, recounts, validation
// followed after a save, and every version filed in the local history.
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/editflow.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "support/sandboxfixture.h"
#include "support/unclearreplies.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString profileId = QStringLiteral("profile-under-test");
} // namespace

class tst_EditFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openShowsTheKeptDraft();
    void draftIsWrittenOncePerPause();
    void undoneEditRemovesTheDraft();
    void saveSendsTheEditAndFilesAVersion();
    void conflictWaitsForTheAnswer_data();
    void conflictWaitsForTheAnswer();
    void sameSecondSaveByAnotherClientIsAConflict();
    void theirVersionIsFiledBeforeMineOverwritesIt();
    void unclearReplyIsCheckedInSendGrid_data();
    void unclearReplyIsCheckedInSendGrid();
    void cancelledSaveKeepsTheDraft();
    void refusedRecountSaysWhichQuota();
    void recountWaitsWhileASegmentOpens();

private:
    QString firstSegmentId();
    QJsonObject fromApi(const QString &id);
    bool openAndWait(const QString &id);
    bool saveAndWait(const SegmentEdit &edit);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<EditFlow> m_flow;
};

// Each test its own sandbox, stores and flow: no state leaks from one test to the next.
void tst_EditFlow::init()
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
    m_flow = std::make_unique<EditFlow>(m_api.get(), m_drafts.get());
    m_flow->setHistory(m_history.get(), profileId);
    m_flow->setDraftPause(50);
}

void tst_EditFlow::cleanup()
{
    m_flow.reset();
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

QString tst_EditFlow::firstSegmentId()
{
    const QJsonArray all
        = m_sandbox->send("GET", segmentsPath, segmentsPath).json()["results"].toArray();
    return all.isEmpty() ? QString() : all.first()["id"].toString();
}

QJsonObject tst_EditFlow::fromApi(const QString &id)
{
    return m_sandbox->send("GET", segmentsPath + u'/' + id + "?contacts_sample=false", segmentOp)
        .json();
}

bool tst_EditFlow::openAndWait(const QString &id)
{
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->open(id);
    return opened.wait(10000) && m_flow->current().id == id;
}

bool tst_EditFlow::saveAndWait(const SegmentEdit &edit)
{
    QSignalSpy saved(m_flow.get(), &EditFlow::saved);
    QSignalSpy notSaved(m_flow.get(), &EditFlow::notSaved);
    m_flow->save(edit);
    QDeadlineTimer deadline(15000);
    while (saved.isEmpty() && notSaved.isEmpty() && !deadline.hasExpired())
        saved.wait(100);
    return saved.size() == 1;
}

void tst_EditFlow::openShowsTheKeptDraft()
{
    const QString id = firstSegmentId();
    QVERIFY(m_drafts
                ->save({id,
                        "Kept name",
                        "SELECT contact_id, updated_at FROM contact_data",
                        {},
                        QDateTime::currentDateTimeUtc()})
                .isOk());
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->open(id);
    QVERIFY(opened.wait(10000));
    const auto draft = opened.first().at(1).value<std::optional<Draft>>();
    QVERIFY(draft.has_value());
    QCOMPARE(draft->name, QStringLiteral("Kept name"));
    QCOMPARE(m_flow->current().name, fromApi(id)["name"].toString());
    const auto versions = m_history->versions(profileId, id);
    QVERIFY(versions.isOk());
    QCOMPARE(versions.value().size(), 1); // what was read is filed
}

void tst_EditFlow::draftIsWrittenOncePerPause()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const int before = m_drafts->writeCount();
    QString name = m_flow->current().name;
    for (const QChar c : QStringLiteral(" typed")) {
        name += c;
        m_flow->noteEdit({name, m_flow->current().queryDsl}, true);
        m_flow->noteEdit({name, m_flow->current().queryDsl}, true); // a re-report changes nothing
    }
    QCOMPARE(m_drafts->writeCount(), before); // the pause has not come yet
    QTRY_COMPARE(m_drafts->writeCount(), before + 1);
    QCOMPARE(m_drafts->find(id).value()->name, name);
}

void tst_EditFlow::undoneEditRemovesTheDraft()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const Segment original = m_flow->current();
    m_flow->noteEdit({original.name + "!", original.queryDsl}, true);
    m_flow->writePendingDraft();
    QVERIFY(m_drafts->find(id).value().has_value());
    m_flow->noteEdit({original.name, original.queryDsl}, false);
    m_flow->writePendingDraft();
    QVERIFY(!m_drafts->find(id).value().has_value());
}

void tst_EditFlow::saveSendsTheEditAndFilesAVersion()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data "
                                         "WHERE country = 'FR'");
    m_flow->noteEdit({"Saved by the flow", query}, true);
    QSignalSpy changed(m_flow.get(), &EditFlow::segmentChanged);
    QVERIFY(saveAndWait({"Saved by the flow", query}));
    QCOMPARE(fromApi(id)["name"].toString(), QStringLiteral("Saved by the flow"));
    QCOMPARE(fromApi(id)["query_dsl"].toString(), query);
    QVERIFY(!m_drafts->find(id).value().has_value()); // saved: nothing to keep
    QVERIFY(m_flow->queryEditedAt().isValid()); // the count now describes the old query
    QCOMPARE(changed.size(), 1);
    const auto versions = m_history->versions(profileId, id).value();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.last().source, HistoryVersion::Source::ThisApp);
    QCOMPARE(versions.last().name, QStringLiteral("Saved by the flow"));
    QVERIFY(m_flow->isFollowing()); // a new query is PENDING until SendGrid checked it
    QSignalSpy settled(m_flow.get(), &EditFlow::validationSettled);
    QVERIFY(settled.wait(15000));
    QCOMPARE(m_flow->current().status.validation(), SegmentStatus::Validation::Valid);
}

void tst_EditFlow::conflictWaitsForTheAnswer_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("keep mine") << int(EditFlow::ConflictChoice::KeepMine) << "Mine";
    QTest::newRow("take theirs") << int(EditFlow::ConflictChoice::TakeTheirs) << "Theirs";
    QTest::newRow("cancel") << int(EditFlow::ConflictChoice::Cancel) << "Theirs";
}

void tst_EditFlow::conflictWaitsForTheAnswer()
{
    QFETCH(int, choice);
    QFETCH(QString, expectedName);
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString query = m_flow->current().queryDsl;
    QCOMPARE(
        m_sandbox
            ->send("PATCH", segmentsPath + u'/' + id, segmentOp, QJsonObject {{"name", "Theirs"}})
            .status,
        200);
    m_flow->noteEdit({"Mine", query}, true);
    QSignalSpy conflict(m_flow.get(), &EditFlow::conflict);
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    QSignalSpy saved(m_flow.get(), &EditFlow::saved);
    QSignalSpy notSaved(m_flow.get(), &EditFlow::notSaved);
    m_flow->save({"Mine", query});
    QVERIFY(conflict.wait(10000));
    QCOMPARE(conflict.first().at(1).value<Segment>().name, QStringLiteral("Theirs"));
    QCOMPARE(conflict.first().at(2).value<SegmentEdit>().name, QStringLiteral("Mine"));
    QVERIFY(m_flow->isSaving()); // waits for the person
    m_flow->resolveConflict(EditFlow::ConflictChoice(choice));
    switch (EditFlow::ConflictChoice(choice)) {
    case EditFlow::ConflictChoice::KeepMine:
        QVERIFY(saved.wait(10000));
        break;
    case EditFlow::ConflictChoice::TakeTheirs:
        QVERIFY(opened.wait(10000));
        QVERIFY(!m_drafts->find(id).value().has_value());
        QCOMPARE(m_flow->current().name, QStringLiteral("Theirs")); // theirs is what is open
        QVERIFY(!opened.last().at(1).value<std::optional<Draft>>().has_value());
        break;
    case EditFlow::ConflictChoice::Cancel:
        QCOMPARE(notSaved.size(), 1);
        QVERIFY(notSaved.first().first().toString().contains("edit is kept"));
        QCOMPARE(m_drafts->find(id).value()->name, QStringLiteral("Mine")); // edit kept
        break;
    }
    QVERIFY(!m_flow->isSaving());
    QCOMPARE(fromApi(id)["name"].toString(), expectedName);
}

// Another client saves right after this one (whole-second stamps made both one time): this
// client's next save must not send its query over theirs without asking.
void tst_EditFlow::sameSecondSaveByAnotherClientIsAConflict()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString name = m_flow->current().name;
    QVERIFY(saveAndWait({name,
                         "SELECT contact_id, updated_at FROM contact_data WHERE "
                         "country = 'FR'"}));
    EditFlow other(m_api.get(), m_drafts.get());
    QSignalSpy otherOpened(&other, &EditFlow::opened);
    QSignalSpy otherSaved(&other, &EditFlow::saved);
    other.open(id);
    QVERIFY(otherOpened.wait(10000));
    const QString theirs = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'IT'";
    other.save({name, theirs});
    QVERIFY(otherSaved.wait(10000));
    QSignalSpy conflict(m_flow.get(), &EditFlow::conflict);
    m_flow->save({name, "SELECT contact_id, updated_at FROM contact_data WHERE country = 'ES'"});
    QVERIFY(conflict.wait(10000));
    QCOMPARE(conflict.first().at(1).value<Segment>().queryDsl, theirs);
    m_flow->resolveConflict(EditFlow::ConflictChoice::Cancel);
    QCOMPARE(fromApi(id)["query_dsl"].toString(), theirs);
}

// Their query goes into the local history before mine replaces it, so it can be restored.
void tst_EditFlow::theirVersionIsFiledBeforeMineOverwritesIt()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString name = m_flow->current().name;
    const QString theirs = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'IT'";
    QCOMPARE(m_sandbox
                 ->send("PATCH", segmentsPath + u'/' + id, segmentOp,
                        QJsonObject {{"name", "Renamed by them"}, {"query_dsl", theirs}})
                 .status,
             200);
    const QString mine = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'ES'";
    QSignalSpy conflict(m_flow.get(), &EditFlow::conflict);
    QSignalSpy saved(m_flow.get(), &EditFlow::saved);
    m_flow->save({name, mine});
    QVERIFY(conflict.wait(10000));
    m_flow->resolveConflict(EditFlow::ConflictChoice::KeepMine);
    QVERIFY(saved.wait(10000));
    QCOMPARE(fromApi(id)["name"].toString(), name); // as the conflict showed mine
    QCOMPARE(fromApi(id)["query_dsl"].toString(), mine);
    const QList<HistoryVersion> versions = m_history->versions(profileId, id).value();
    const auto filed = std::find_if(versions.begin(), versions.end(), [&](const auto &v) {
        return v.queryDsl == theirs && v.name == QStringLiteral("Renamed by them");
    });
    QVERIFY(filed != versions.end());
    QCOMPARE(filed->source, HistoryVersion::Source::Elsewhere);
    QCOMPARE(versions.last().queryDsl, mine);
}

void tst_EditFlow::unclearReplyIsCheckedInSendGrid_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("applied");
    for (const UnclearReply &reply : unclearReplies())
        QTest::newRow(reply.name) << reply.fault << reply.applied;
}

// The PATCH's reply does not say whether it landed: the flow reads the segment back and says
// which, instead of "refused" or "retry later".
void tst_EditFlow::unclearReplyIsCheckedInSendGrid()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, applied);
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString before = m_flow->current().name;
    const QString query = m_flow->current().queryDsl;
    fault.insert("method", "PATCH");
    QVERIFY(m_sandbox->injectFault(fault));
    m_flow->noteEdit({"Checked", query}, true);
    QSignalSpy saved(m_flow.get(), &EditFlow::saved);
    QSignalSpy notSaved(m_flow.get(), &EditFlow::notSaved);
    m_flow->save({"Checked", query});
    QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty() || !notSaved.isEmpty(); }, 15000));
    QCOMPARE(saved.size(), applied ? 1 : 0);
    const QString message = (applied ? saved.first().at(1) : notSaved.first().at(0)).toString();
    QVERIFY2(message.contains(applied ? "has your change" : "does not have your change"),
             qPrintable(message));
    QCOMPARE(fromApi(id)["name"].toString(), applied ? QStringLiteral("Checked") : before);
    QCOMPARE(m_drafts->find(id).value().has_value(), !applied); // kept until it is saved
}

void tst_EditFlow::cancelledSaveKeepsTheDraft()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    const QString name = m_flow->current().name;
    QVERIFY(m_sandbox->injectFault({{"kind", "stall"}, {"method", "GET"}, {"times", 1}}));
    m_flow->noteEdit({"Stopped", m_flow->current().queryDsl}, true);
    QSignalSpy notSaved(m_flow.get(), &EditFlow::notSaved);
    m_flow->save({"Stopped", m_flow->current().queryDsl});
    QVERIFY(m_drafts->find(id).value().has_value()); // written before anything is sent
    m_flow->cancel();
    QTRY_COMPARE(notSaved.size(), 1);
    QVERIFY(notSaved.first().at(0).toString().contains("stopped"));
    QCOMPARE(notSaved.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
    m_sandbox->send("DELETE", "/__sandbox/faults", {});
    QTRY_COMPARE(fromApi(id)["name"].toString(), name);
    QCOMPARE(m_drafts->find(id).value()->name, QStringLiteral("Stopped"));
}

void tst_EditFlow::refusedRecountSaysWhichQuota()
{
    const QString id = firstSegmentId();
    QVERIFY(openAndWait(id));
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->refreshCount(QStringLiteral("UTC"));
    QVERIFY(opened.wait(10000)); // counted, then read again
    QSignalSpy finished(m_flow.get(), &EditFlow::finished);
    m_flow->refreshCount(QStringLiteral("UTC"));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toString().contains("per hour"),
             qPrintable(finished.first().first().toString()));
}

// A recount asked while another segment is being read would reopen the old one over it.
void tst_EditFlow::recountWaitsWhileASegmentOpens()
{
    const QJsonArray all
        = m_sandbox->send("GET", segmentsPath, segmentsPath).json()["results"].toArray();
    QVERIFY(all.size() >= 2);
    const QString first = all.at(0)["id"].toString();
    const QString second = all.at(1)["id"].toString();
    QVERIFY(openAndWait(first));
    QSignalSpy busy(m_flow.get(), &EditFlow::busy);
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->open(second);
    m_flow->refreshCount(QStringLiteral("UTC"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(busy.size(), 1); // "Opening segment…" only: no recount was sent
    QCOMPARE(m_flow->current().id, second);
    QVERIFY(!m_flow->isBusy()); // nothing left that could reopen the first
}

QTEST_MAIN(tst_EditFlow)
#include "tst_editflow.moc"
