// SPDX-License-Identifier: MIT
// SegmentWrite against the in-process sandbox and its faults: a reply that does not say whether
// a write was applied (cut off, a gateway's 502 or 504, a 200 whose body cannot be read) is
// checked in SendGrid, and the outcome says what SendGrid holds.
#include "api/sendgridclient.h"
#include "editing/segmentwrite.h"
#include "support/sandboxfixture.h"
#include "support/unclearreplies.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE "
                                     "country = 'NL'");
using Fate = WriteOutcome::Fate;
} // namespace

Q_DECLARE_METATYPE(WriteOutcome::Fate)

class tst_SegmentWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void updateWhoseReplyDoesNotSay_data();
    void updateWhoseReplyDoesNotSay();
    void createWhoseReplyDoesNotSay_data();
    void createWhoseReplyDoesNotSay();
    void checkThatFailsLeavesItOpen();

private:
    WriteOutcome run(SegmentWrite *write);
    QJsonArray segmentsNamed(const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<SegmentsApi> m_api;
    QString m_id;
};

void tst_SegmentWrite::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_client = m_sandbox->client();
    QVERIFY(m_client);
    m_api = std::make_unique<SegmentsApi>(m_client.get());
    const QJsonArray all = m_sandbox->segments();
    QVERIFY(!all.isEmpty());
    m_id = all.first()["id"].toString();
}

void tst_SegmentWrite::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

WriteOutcome tst_SegmentWrite::run(SegmentWrite *write)
{
    QSignalSpy finished(write, &SegmentWrite::finished);
    write->start();
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<WriteOutcome>();
}

QJsonArray tst_SegmentWrite::segmentsNamed(const QString &name)
{
    QJsonArray named;
    for (const QJsonValue &s : m_sandbox->segments()) {
        if (s["name"].toString() == name)
            named.append(s);
    }
    return named;
}

void tst_SegmentWrite::updateWhoseReplyDoesNotSay_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<Fate>("fate");
    QTest::addColumn<bool>("checked");
    for (const UnclearReply &reply : unclearReplies())
        QTest::newRow(reply.name) << reply.fault
                                  << (reply.applied ? Fate::Written : Fate::NotWritten) << true;
    QTest::newRow("500: SendGrid said it failed")
        << QJsonObject {{"kind", "status"}, {"status", 500}} << Fate::NotWritten << false;
}

void tst_SegmentWrite::updateWhoseReplyDoesNotSay()
{
    QFETCH(QJsonObject, fault);
    QFETCH(Fate, fate);
    QFETCH(bool, checked);
    const QString before
        = m_sandbox->send("GET", segmentsPath + u'/' + m_id, segmentOp).json()["name"].toString();
    fault.insert("method", "PATCH");
    QVERIFY(m_sandbox->injectFault(fault));
    SegmentPatch patch;
    patch.name = QStringLiteral("Written once");
    const WriteOutcome outcome = run(SegmentWrite::update(m_api.get(), m_id, patch, this));
    QCOMPARE(outcome.fate, fate);
    QCOMPARE(outcome.checked, checked);
    QVERIFY(!outcome.error.mayHaveBeenApplied); // settled either way
    const QString now
        = m_sandbox->send("GET", segmentsPath + u'/' + m_id, segmentOp).json()["name"].toString();
    QCOMPARE(now, fate == Fate::Written ? QStringLiteral("Written once") : before);
    if (fate == Fate::Written)
        QCOMPARE(outcome.segment->name, now);
}

void tst_SegmentWrite::createWhoseReplyDoesNotSay_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<Fate>("fate");
    for (const UnclearReply &reply : unclearReplies())
        QTest::newRow(reply.name) << reply.fault
                                  << (reply.applied ? Fate::Written : Fate::NotWritten);
}

// The check looks the segment up by its name: it is found once when created, and a create
// sent again after "not created" makes it once.
void tst_SegmentWrite::createWhoseReplyDoesNotSay()
{
    QFETCH(QJsonObject, fault);
    QFETCH(Fate, fate);
    fault.insert("method", "POST");
    fault.insert("path", segmentsPath);
    QVERIFY(m_sandbox->injectFault(fault));
    const SegmentCreate segment {QStringLiteral("Created once"), query, {}};
    const WriteOutcome outcome = run(SegmentWrite::create(m_api.get(), segment, this));
    QCOMPARE(outcome.fate, fate);
    QVERIFY(outcome.checked);
    QCOMPARE(segmentsNamed(segment.name).size(), fate == Fate::Written ? 1 : 0);
    if (fate == Fate::Written) {
        QCOMPARE(outcome.segment->queryDsl, query);
        QCOMPARE(outcome.segment->id,
                 segmentsNamed(segment.name).at(0).toObject().value("id").toString());
        return;
    }
    QCOMPARE(run(SegmentWrite::create(m_api.get(), segment, this)).fate, Fate::Written);
    QCOMPARE(segmentsNamed(segment.name).size(), 1);
}

// Cut off, and the segment cannot be read back either: still open, and said so.
void tst_SegmentWrite::checkThatFailsLeavesItOpen()
{
    QVERIFY(m_sandbox->injectFault({{"kind", "reset"}, {"method", "PATCH"}}));
    QVERIFY(m_sandbox->injectFault({{"kind", "status"}, {"status", 500}, {"method", "GET"}}));
    SegmentPatch patch;
    patch.name = QStringLiteral("Maybe");
    const WriteOutcome outcome = run(SegmentWrite::update(m_api.get(), m_id, patch, this));
    QCOMPARE(outcome.fate, Fate::Unknown);
    QVERIFY(outcome.checked);
    QVERIFY(outcome.error.mayHaveBeenApplied);
    QVERIFY2(outcome.error.toDisplayString().contains("may have been applied"),
             qPrintable(outcome.error.toDisplayString()));
}

QTEST_GUILESS_MAIN(tst_SegmentWrite)
#include "tst_segmentwrite.moc"
