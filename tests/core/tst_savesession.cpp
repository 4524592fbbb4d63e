// SPDX-License-Identifier: MIT
// SaveSession against a real HTTP server on 127.0.0.1: its waits before retries reach the window.
#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/savesession.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Reply = LoopbackServer::Reply;
Q_DECLARE_METATYPE(ApiError::Kind)

class tst_SaveSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryOfTheReadIsRelayed();
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
