// SPDX-License-Identifier: MIT
// SaveSession against a real HTTP server on 127.0.0.1: its waits before retries reach the window;
// and against the in-process sandbox: every edit of someone else is a conflict, and "mine over
// theirs" sends what the conflict showed.
#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/savesession.h"
#include "support/awaitresult.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "support/manualclock.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Reply = LoopbackServer::Reply;
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString frenchQuery = QStringLiteral("SELECT contact_id, updated_at FROM contact_data "
                                           "WHERE country = 'FR'");

/// The in-process sandbox, a client on it and the first segment's id.
struct OnSandbox
{
    SandboxFixture sandbox;
    SendGridClient client;
    SegmentsApi api {&client};
    QString id;

    bool start()
    {
        if (!sandbox.start() || !client.setBaseUrl(sandbox.baseUrl()).isOk()
            || !client.setApiKey(sandbox.apiKey()).isOk())
            return false;
        id = sandbox.send("GET", segmentsPath, segmentsPath)
                 .json()["results"]
                 .toArray()
                 .first()["id"]
                 .toString();
        return !id.isEmpty();
    }
    Segment read()
    {
        const auto got = awaitResult<Segment>(
            [&](ApiCallback<Segment> done) { api.get(id, false, &client, std::move(done)); });
        return got.value.value_or(Segment {});
    }
    /// Someone else's edit, straight to the sandbox.
    bool theyRename(const QString &name)
    {
        return sandbox
                   .send("PATCH", segmentsPath + u'/' + id, segmentOp, QJsonObject {{"name", name}})
                   .status
            == 200;
    }
};
} // namespace

class tst_SaveSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryOfTheReadIsRelayed();
    void editInTheSameInstantIsAConflict();
    void mineOverTheirsSendsWhatTheConflictShowed();
    void theirEditAfterTheConflictIsAnotherOne();
    void waitText_data();
    void waitText();
};

// The re-read before the PATCH meets a 503: the session says it waits, and for how long.
void tst_SaveSession::retryOfTheReadIsRelayed()
{
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler([](const LoopbackServer::Request &) {
        return Reply::json(503, Fixtures::data(QStringLiteral("error_503.html")));
    });
    SendGridClient client;
    QVERIFY(client.setBaseUrl(server.baseUrl()).isOk());
    QVERIFY(client.setApiKey(Fixtures::fakeApiKey()).isOk());
    ManualClock clock;
    client.setClock(&clock);
    RetryPolicy policy;
    policy.jitter = 0;
    client.setRetryPolicy(policy);
    SegmentsApi api(&client);
    Segment base;
    base.id = QStringLiteral("seg-1");
    SaveSession session(&api, base, QStringLiteral("New name"), QStringLiteral("SELECT 1"));
    QSignalSpy waits(&session, &SaveSession::retryScheduled);
    QSignalSpy failed(&session, &SaveSession::failed);
    session.start();
    QTRY_COMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).toLongLong(), 1000); // RetryPolicy's first back-off
    const auto cause = waits.first().at(1).value<ApiError>();
    QCOMPARE(cause.kind, ApiError::Kind::Server);
    QCOMPARE(cause.httpStatus, 503);
    session.cancel();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(server.requests().size(), 1);
}

// Two edits in one instant share `updated_at` (whole seconds made that common): the base this
// save started from has the time of their rename, not its name. What would be lost decides.
void tst_SaveSession::editInTheSameInstantIsAConflict()
{
    OnSandbox on;
    QVERIFY(on.start());
    const Segment loaded = on.read();
    QVERIFY(on.theyRename(QStringLiteral("Theirs")));
    Segment base = on.read();
    base.name = loaded.name; // their time, my name
    SaveSession session(&on.api, base, base.name, frenchQuery);
    QSignalSpy conflict(&session, &SaveSession::conflict);
    QSignalSpy written(&session, &SaveSession::written);
    session.start();
    QVERIFY(conflict.wait(10000));
    QCOMPARE(conflict.first().first().value<Segment>().name, QStringLiteral("Theirs"));
    QCOMPARE(written.size(), 0);
    QCOMPARE(on.read().queryDsl, loaded.queryDsl); // nothing was sent
}

// Mine keeps the name as loaded and changes the query; they renamed it. "Mine over theirs"
// sends the name too, so that SendGrid holds what the conflict showed as mine.
void tst_SaveSession::mineOverTheirsSendsWhatTheConflictShowed()
{
    OnSandbox on;
    QVERIFY(on.start());
    const Segment base = on.read();
    QVERIFY(on.theyRename(QStringLiteral("Theirs")));
    SaveSession session(&on.api, base, base.name, frenchQuery);
    QSignalSpy conflict(&session, &SaveSession::conflict);
    QSignalSpy written(&session, &SaveSession::written);
    session.start();
    QVERIFY(conflict.wait(10000));
    session.overwrite();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().first().value<WriteOutcome>().fate, WriteOutcome::Fate::Written);
    const Segment now = on.read();
    QCOMPARE(now.name, base.name);
    QCOMPARE(now.queryDsl, frenchQuery);
}

// They change it again while the person looks at the conflict: that newer version is shown
// before anything is sent over it.
void tst_SaveSession::theirEditAfterTheConflictIsAnotherOne()
{
    OnSandbox on;
    QVERIFY(on.start());
    const Segment base = on.read();
    QVERIFY(on.theyRename(QStringLiteral("Theirs")));
    SaveSession session(&on.api, base, QStringLiteral("Mine"), base.queryDsl);
    QSignalSpy conflict(&session, &SaveSession::conflict);
    QSignalSpy written(&session, &SaveSession::written);
    session.start();
    QVERIFY(conflict.wait(10000));
    QVERIFY(on.theyRename(QStringLiteral("Theirs, again")));
    session.overwrite();
    QVERIFY(conflict.wait(10000));
    QCOMPARE(conflict.last().first().value<Segment>().name, QStringLiteral("Theirs, again"));
    QCOMPARE(written.size(), 0);
    session.overwrite(); // now over the version shown
    QVERIFY(written.wait(10000));
    QCOMPARE(on.read().name, QStringLiteral("Mine"));
}

void tst_SaveSession::waitText_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    using K = ApiError::Kind;
    QTest::newRow("429") << K::RateLimited << 429
                         << QStringLiteral("SendGrid's rate limit is reached");
    QTest::newRow("503") << K::Server << 503
                         << QStringLiteral("SendGrid answered with a server error (HTTP 503)");
    QTest::newRow("timeout") << K::Timeout << 0
                             << QStringLiteral("SendGrid did not answer in time");
    QTest::newRow("network") << K::Network << 0
                             << QStringLiteral("the connection to SendGrid failed");
}

void tst_SaveSession::waitText()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const ApiError cause = ApiError::make(kind, QStringLiteral("raw"), status);
    QCOMPARE(SaveSession::waitText(QStringLiteral("Germany"), cause, 42),
             QStringLiteral("Saving \"Germany\": %1; sending again in 42 s (Esc or Cancel stops)")
                 .arg(reason));
}

QTEST_GUILESS_MAIN(tst_SaveSession)
#include "tst_savesession.moc"
