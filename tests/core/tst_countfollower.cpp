// SPDX-License-Identifier: MIT
// A segment SendGrid has not counted (#19 §3), without widgets: what "not counted" is read
// from, the open segment followed until its first count on the client's clock (the sandbox's
// own, moved by the test), and F5's reread with and without an unsaved edit.
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/countfollower.h"
#include "editing/editflow.h"
#include "local/draftstore.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString germany
    = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'Germany'");
const QString notGermany
    = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country <> 'Germany'");
} // namespace

class tst_CountFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countedIsReadFromTheSampleTime_data();
    void countedIsReadFromTheSampleTime();
    void newSegmentIsFollowedUntilItsFirstCount();
    void anotherSegmentOpenedStopsTheFollow();
    void rereadWithoutAnEditOpensAnew();
    void rereadUnderAnEditTakesOnlyTheCount();
    void aSavedQueryIsFollowedUntilItsNewCount();

private:
    bool openAndWait(const QString &id);
    QJsonObject fromApi(const QString &id);

    std::optional<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<EditFlow> m_flow;
};

// SendGrid's own time (validation after 5 s, the first count then), moved on by the tests.
void tst_CountFollower::init()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.timeScale = 1;
    options.contacts = 300;
    m_sandbox.emplace(options);
    QVERIFY(m_sandbox->start());
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    m_client->setClock(&m_sandbox->clock());
    m_api = std::make_unique<SegmentsApi>(m_client.get());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir.filePath(QTest::currentTestFunction()) + ".sqlite").isOk());
    m_flow = std::make_unique<EditFlow>(m_api.get(), m_drafts.get());
}

void tst_CountFollower::cleanup()
{
    m_flow.reset();
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

bool tst_CountFollower::openAndWait(const QString &id)
{
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->open(id);
    return opened.wait(10000) && m_flow->current().id == id;
}

QJsonObject tst_CountFollower::fromApi(const QString &id)
{
    return m_sandbox->send("GET", "/v3/marketing/segments/2.0/" + id, segmentOp).json();
}

void tst_CountFollower::countedIsReadFromTheSampleTime_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("sampledAt");
    QTest::addColumn<bool>("counted");
    const QString created = QStringLiteral("2026-11-20T16:42:11.250Z");
    QTest::newRow("new: sampled when made") << qint64(0) << created << false;
    QTest::newRow("new: no sample time") << qint64(0) << QString() << false;
    QTest::newRow("counted 0 later") << qint64(0) << "2026-11-20T17:42:11.250Z" << true;
    QTest::newRow("a count is a count") << qint64(12) << created << true;
    QTest::newRow("unreadable time") << qint64(0) << "soon" << true;
}

void tst_CountFollower::countedIsReadFromTheSampleTime()
{
    QFETCH(qint64, count);
    QFETCH(QString, sampledAt);
    QFETCH(bool, counted);
    SegmentSummary s;
    s.contactsCount = count;
    s.createdAt = Timestamp::fromString(QStringLiteral("2026-11-20T16:42:11.250Z"));
    s.sampleUpdatedAt = Timestamp::fromString(sampledAt);
    QCOMPARE(s.isCounted(), counted);
}

void tst_CountFollower::newSegmentIsFollowedUntilItsFirstCount()
{
    const QString id = m_sandbox->createSegment("Germans", germany);
    QVERIFY(openAndWait(id));
    QVERIFY(!m_flow->current().isCounted());
    QSignalSpy arrived(m_flow.get(), &EditFlow::countArrived);
    QSignalSpy changed(m_flow.get(), &EditFlow::segmentChanged);
    m_sandbox->clock().moveOn(3s); // a check, before SendGrid has validated
    QVERIFY(!arrived.wait(300));
    m_sandbox->clock().moveOn(5s); // past validation: the next check finds the count
    QVERIFY(arrived.wait(10000));
    const qint64 counted = fromApi(id)["contacts_count"].toInteger();
    QVERIFY(counted > 0);
    QCOMPARE(m_flow->current().contactsCount, counted);
    QVERIFY(m_flow->current().isCounted());
    QVERIFY(!m_flow->current().contactsSample.isEmpty());
    QCOMPARE(changed.last().first().value<Segment>().contactsCount, counted); // for the list
}

void tst_CountFollower::anotherSegmentOpenedStopsTheFollow()
{
    const QString id = m_sandbox->createSegment("Germans", germany);
    const QString other = m_sandbox->createSegment("Germans too", germany);
    QVERIFY(openAndWait(id));
    QVERIFY(openAndWait(other));
    QSignalSpy arrived(m_flow.get(), &EditFlow::countArrived);
    const qsizetype reads = m_sandbox->exchanges().size();
    m_sandbox->clock().moveOn(8s);
    QVERIFY(arrived.wait(10000));
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().first().value<Segment>().id, other);
    QCOMPARE(m_sandbox->exchanges().size(), reads); // the test's own reads only
}

void tst_CountFollower::rereadWithoutAnEditOpensAnew()
{
    const QString id = m_sandbox->createSegment("Germans", germany);
    QVERIFY(openAndWait(id));
    QCOMPARE(m_sandbox
                 ->send("PATCH", "/v3/marketing/segments/2.0/" + id, segmentOp,
                        QJsonObject {{"name", "Germans, renamed"}})
                 .status,
             200);
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->reread();
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_flow->current().name, QStringLiteral("Germans, renamed"));
}

// The edit stays based on the version it started from: a save meets their change as a
// conflict. Only the count and sample come from SendGrid's newer version.
void tst_CountFollower::rereadUnderAnEditTakesOnlyTheCount()
{
    const QString id = m_sandbox->createSegment("Germans", germany);
    QVERIFY(openAndWait(id));
    const Timestamp base = m_flow->current().updatedAt;
    m_flow->noteEdit({"Germans, mine", germany}, true);
    QCOMPARE(m_sandbox
                 ->send("PATCH", "/v3/marketing/segments/2.0/" + id, segmentOp,
                        QJsonObject {{"name", "Germans, theirs"}})
                 .status,
             200);
    m_sandbox->clock().moveOn(10s); // validated and counted
    QSignalSpy arrived(m_flow.get(), &EditFlow::countArrived);
    QSignalSpy opened(m_flow.get(), &EditFlow::opened);
    m_flow->reread();
    // The first count may arrive by the follow first, without a word; the reread says more.
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty()
                                 && arrived.last().at(1).toString().contains("changed in SendGrid"),
                             10000);
    QVERIFY(opened.isEmpty());
    QCOMPARE(m_flow->current().name, QStringLiteral("Germans"));
    QCOMPARE(m_flow->current().updatedAt, base);
    QCOMPARE(m_flow->current().contactsCount, fromApi(id)["contacts_count"].toInteger());
    QVERIFY(m_flow->current().isCounted());
    QSignalSpy conflict(m_flow.get(), &EditFlow::conflict);
    m_flow->save({"Germans, mine", germany});
    QVERIFY(conflict.wait(10000));
    m_flow->resolveConflict(EditFlow::ConflictChoice::Cancel);
}

// SendGrid recounts a changed query as it counts a new segment: the count of the previous query
// stays marked as such until then, and the new one arrives without anyone asking.
void tst_CountFollower::aSavedQueryIsFollowedUntilItsNewCount()
{
    const QString id = m_sandbox->createSegment("Germans", germany);
    QVERIFY(openAndWait(id));
    QSignalSpy arrived(m_flow.get(), &EditFlow::countArrived);
    m_sandbox->clock().moveOn(10s); // the first count
    QVERIFY(arrived.wait(10000));
    const qint64 germans = m_flow->current().contactsCount;
    QVERIFY(germans > 0);

    QSignalSpy edited(m_flow.get(), &EditFlow::queryEdited);
    QSignalSpy saved(m_flow.get(), &EditFlow::saved);
    m_flow->save({"Germans", notGermany});
    QVERIFY(saved.wait(10000));
    QCOMPARE(edited.size(), 1);
    const QDateTime at = edited.first().at(1).toDateTime();
    QCOMPARE(m_flow->queryEditedAt(), at);
    QCOMPARE(m_flow->current().contactsCount, germans); // the previous query's, and marked so
    QVERIFY(m_flow->current().isCounted());
    QVERIFY(!m_flow->current().isCountedSince(at));

    arrived.clear();
    m_sandbox->clock().moveOn(10s); // checked and counted by SendGrid
    QVERIFY(arrived.wait(10000));
    const qint64 others = fromApi(id)["contacts_count"].toInteger();
    QCOMPARE(m_flow->current().contactsCount, others);
    QVERIFY(others != germans);
    QVERIFY(m_flow->current().isCountedSince(at));
}

QTEST_MAIN(tst_CountFollower)
#include "tst_countfollower.moc"
