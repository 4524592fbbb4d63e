// SPDX-License-Identifier: MIT
// BatchFlow without widgets, against the in-process sandbox (#21 §1): many segments deleted or
// copied with at most three requests out at once, a rate limit's wait reported as it starts,
// Cancel stopping what was not sent, and one outcome per segment.
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/editflow.h"
#include "flows/batchflow.h"
#include "local/draftstore.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data "
                                     "WHERE country = 'Germany'");
using Status = BatchOutcome::Status;
} // namespace

class tst_BatchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletesManyAtMostThreeAtOnce();
    void copiesGetFreeNames();
    void cancelStopsWhatWasNotSent();
    void aRateLimitWaitIsReported();
    void oneBatchAtATime();

private:
    /// `count` new segments named "Batch N", as the list would give them.
    QList<SegmentSummary> made(int count);
    QStringList listedNames();
    QList<BatchOutcome> finish(QSignalSpy &finished);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<EditFlow> m_edit;
    std::unique_ptr<BatchFlow> m_flow;
};

void tst_BatchFlow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    m_client->setClock(&m_sandbox->clock());
    m_api = std::make_unique<SegmentsApi>(m_client.get());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir->filePath("drafts.sqlite")).isOk());
    m_edit = std::make_unique<EditFlow>(m_api.get(), m_drafts.get());
    m_flow = std::make_unique<BatchFlow>(m_api.get(), m_edit.get());
}

void tst_BatchFlow::cleanup()
{
    m_flow.reset();
    m_edit.reset();
    m_drafts.reset();
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

QList<SegmentSummary> tst_BatchFlow::made(int count)
{
    QList<SegmentSummary> segments;
    for (int i = 1; i <= count; ++i) {
        SegmentSummary s;
        s.name = QStringLiteral("Batch %1").arg(i);
        s.id = m_sandbox->createSegment(s.name, query);
        if (s.id.isEmpty())
            return {};
        segments << s;
    }
    return segments;
}

QStringList tst_BatchFlow::listedNames()
{
    QStringList names;
    for (const QJsonValue &s : m_sandbox->segments())
        names << s["name"].toString();
    return names;
}

QList<BatchOutcome> tst_BatchFlow::finish(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(20000))
        return {};
    return finished.takeFirst().at(0).value<QList<BatchOutcome>>();
}

void tst_BatchFlow::deletesManyAtMostThreeAtOnce()
{
    const QList<SegmentSummary> doomed = made(7);
    QCOMPARE(doomed.size(), 7);
    QVERIFY(
        m_drafts->save({doomed.at(2).id, "Edited", query, {}, m_sandbox->clock().now()}).isOk());
    QSignalSpy finished(m_flow.get(), &BatchFlow::finished);
    QSignalSpy progressed(m_flow.get(), &BatchFlow::progressed);
    QVERIFY(m_flow->start(BatchFlow::Action::Delete, doomed));
    QVERIFY(m_flow->isRunning());
    const QList<BatchOutcome> outcomes = finish(finished);
    QCOMPARE(outcomes.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(outcomes.at(i).id, doomed.at(i).id); // in the order given
        QCOMPARE(outcomes.at(i).status, Status::Done);
    }
    QCOMPARE(m_flow->mostInFlight(), BatchFlow::MaxInFlight);
    QCOMPARE(progressed.size(), 8); // 0 of 7, then each
    QCOMPARE(progressed.last().at(0).toInt(), 7);
    for (const SegmentSummary &s : doomed)
        QVERIFY(!listedNames().contains(s.name));
    QVERIFY(!m_drafts->find(doomed.at(2).id).value().has_value());
    QVERIFY(!m_flow->isRunning());
}

void tst_BatchFlow::copiesGetFreeNames()
{
    QList<SegmentSummary> originals = made(2);
    QCOMPARE(originals.size(), 2);
    originals << originals.first(); // the same one twice: two copies, two names
    QSignalSpy finished(m_flow.get(), &BatchFlow::finished);
    QVERIFY(m_flow->start(BatchFlow::Action::Duplicate, originals, listedNames()));
    const QList<BatchOutcome> outcomes = finish(finished);
    QCOMPARE(outcomes.size(), 3);
    QStringList copies;
    for (const BatchOutcome &o : outcomes) {
        QCOMPARE(o.status, Status::Done);
        copies << o.detail;
    }
    copies.sort();
    QCOMPARE(copies, (QStringList {"Copy of Batch 1", "Copy of Batch 1 (2)", "Copy of Batch 2"}));
    for (const QJsonValue &s : m_sandbox->segments()) {
        if (s["name"].toString().startsWith("Copy of Batch"))
            QCOMPARE(m_sandbox->settledSegment(s["id"].toString())["query_dsl"].toString(), query);
    }
}

void tst_BatchFlow::cancelStopsWhatWasNotSent()
{
    const QList<SegmentSummary> doomed = made(7);
    QCOMPARE(doomed.size(), 7);
    QSignalSpy finished(m_flow.get(), &BatchFlow::finished);
    QVERIFY(m_flow->start(BatchFlow::Action::Delete, doomed));
    m_flow->cancel(); // three are out; four were never sent
    const QList<BatchOutcome> outcomes = finish(finished);
    QCOMPARE(outcomes.size(), 7);
    QCOMPARE(finished.size(), 0); // once
    const QStringList names = listedNames();
    for (int i = 3; i < 7; ++i) {
        QCOMPARE(outcomes.at(i).status, Status::Cancelled);
        QVERIFY(names.contains(doomed.at(i).name));
    }
    for (int i = 0; i < 3; ++i) // stopped, or done if the answer came first: as SendGrid has it
        QCOMPARE(outcomes.at(i).status == Status::Done, !names.contains(doomed.at(i).name));
    QVERIFY(!m_flow->isRunning());
}

void tst_BatchFlow::aRateLimitWaitIsReported()
{
    const QList<SegmentSummary> doomed = made(2);
    QCOMPARE(doomed.size(), 2);
    QVERIFY(m_sandbox->injectFault({{"kind", "rate_limit"}, {"reset_seconds", 4}, {"times", 1}}));
    QSignalSpy waiting(m_flow.get(), &BatchFlow::waiting);
    QSignalSpy finished(m_flow.get(), &BatchFlow::finished);
    QVERIFY(m_flow->start(BatchFlow::Action::Delete, doomed));
    QVERIFY(waiting.wait(20000));
    QVERIFY(doomed.first().name == waiting.first().at(0).toString()
            || doomed.last().name == waiting.first().at(0).toString());
    QVERIFY(waiting.first().at(1).toLongLong() > 0);
    QCOMPARE(waiting.first().at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
    m_sandbox->clock().moveOn(std::chrono::seconds(5)); // the wait is over
    const QList<BatchOutcome> outcomes = finish(finished);
    QCOMPARE(outcomes.size(), 2);
    for (const BatchOutcome &o : outcomes)
        QCOMPARE(o.status, Status::Done);
}

void tst_BatchFlow::oneBatchAtATime()
{
    const QList<SegmentSummary> doomed = made(2);
    QCOMPARE(doomed.size(), 2);
    QVERIFY(!m_flow->start(BatchFlow::Action::Delete, {}));
    QSignalSpy finished(m_flow.get(), &BatchFlow::finished);
    QVERIFY(m_flow->start(BatchFlow::Action::Delete, doomed));
    QVERIFY(!m_flow->start(BatchFlow::Action::Duplicate, doomed));
    QCOMPARE(finish(finished).size(), 2);
}

QTEST_GUILESS_MAIN(tst_BatchFlow)
#include "tst_batchflow.moc"
