// SPDX-License-Identifier: MIT
#include "api/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void jitterStaysInBounds();
    void attemptsAreBounded();
};

void tst_RetryPolicy::retryable_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("network");
    QTest::addColumn<bool>("expected");
    QTest::newRow("GET 429") << QByteArray("GET") << 429 << false << true;
    QTest::newRow("GET 502") << QByteArray("GET") << 502 << false << true;
    QTest::newRow("GET 503") << QByteArray("GET") << 503 << false << true;
    QTest::newRow("GET 504") << QByteArray("GET") << 504 << false << true;
    QTest::newRow("GET 500") << QByteArray("GET") << 500 << false << false;
    QTest::newRow("GET 400") << QByteArray("GET") << 400 << false << false;
    QTest::newRow("GET reset") << QByteArray("GET") << 0 << true << true;
    QTest::newRow("PATCH 429") << QByteArray("PATCH") << 429 << false << true;
    QTest::newRow("PATCH 503") << QByteArray("PATCH") << 503 << false << false;
    QTest::newRow("POST reset") << QByteArray("POST") << 0 << true << false;
    QTest::newRow("DELETE 429") << QByteArray("DELETE") << 429 << false << true;
    QTest::newRow("DELETE 502") << QByteArray("DELETE") << 502 << false << false;
}

void tst_RetryPolicy::retryable()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(bool, network);
    QFETCH(bool, expected);
    HttpResponse response;
    response.status = status;
    response.outcome
        = network ? HttpResponse::Outcome::NetworkFailure : HttpResponse::Outcome::Replied;
    QCOMPARE(RetryPolicy::isRetryable(method, response), expected);
}

void tst_RetryPolicy::jitterStaysInBounds()
{
    RetryPolicy policy; // 1 s base, 25 % jitter
    HttpResponse failed;
    failed.status = 503;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(policy.delayBefore(2, failed, now, 0ms, 0.0), std::optional(1000ms));
    QCOMPARE(policy.delayBefore(2, failed, now, 0ms, 0.999), std::optional(1250ms));
    QCOMPARE(policy.delayBefore(3, failed, now, 0ms, 0.0), std::optional(2000ms));
    QCOMPARE(policy.delayBefore(3, failed, now, 0ms, 0.5), std::optional(2250ms));
}

void tst_RetryPolicy::attemptsAreBounded()
{
    RetryPolicy policy;
    HttpResponse failed;
    failed.status = 503;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(policy.delayBefore(4, failed, now, 0ms, 0.0), std::nullopt);
    QCOMPARE(policy.delayBefore(2, failed, now, 59500ms, 0.0), std::nullopt); // budget
    failed.status = 429;
    failed.headers.insert("x-ratelimit-reset", QByteArray::number(now.toSecsSinceEpoch() + 61));
    QCOMPARE(policy.delayBefore(2, failed, now, 0ms, 0.0), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
