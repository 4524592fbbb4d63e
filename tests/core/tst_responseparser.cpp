// SPDX-License-Identifier: MIT
// The pure mapping of finished HTTP attempts to errors and JSON.
#include "api/responseparser.h"
#include "support/fixtures.h"

#include <QTest>

class tst_ResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorShapes_data();
    void errorShapes();
    void transportOutcomes_data();
    void transportOutcomes();
    void excerptIsShortPlainText();
    void requestIdAndResetAreKept();
    void messageForField();
};

Q_DECLARE_METATYPE(ApiError::Kind)

void tst_ResponseParser::errorShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<FieldError>>("errors");
    QTest::addColumn<QString>("message");
    QTest::newRow("errors-seg")
        << Fixtures::data(QStringLiteral("error_400_name.json"))
        << QList<FieldError> {{QStringLiteral("name"),
                               QStringLiteral("A segment with this name already exists")}}
        << QString();
    QTest::newRow("null field") << Fixtures::data(QStringLiteral(
        "error_429.json")) << QList<FieldError> {{QString(), QStringLiteral("too many requests")}}
                                << QString();
    QTest::newRow("error string") << Fixtures::data(QStringLiteral("error_404_refresh.json"))
                                  << QList<FieldError> {}
                                  << QStringLiteral("Segment does not exist.");
    QTest::newRow("contacts shape")
        << QByteArray(R"({"errors":[{"field":"query","message":"bad","help":{}}],"id":"r-1"})")
        << QList<FieldError> {{QStringLiteral("query"), QStringLiteral("bad")}} << QString();
    QTest::newRow("html") << Fixtures::data(QStringLiteral("error_503.html"))
                          << QList<FieldError> {}
                          << QStringLiteral("SendGrid rejected the request");
}

void tst_ResponseParser::errorShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<FieldError>, errors);
    QFETCH(QString, message);
    HttpResponse response;
    response.status = 400;
    response.body = body;
    const ApiError error = ResponseParser::errorFromResponse(response);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.errors, errors);
    QCOMPARE(error.message, message);
}

void tst_ResponseParser::transportOutcomes_data()
{
    QTest::addColumn<HttpResponse::Outcome>("outcome");
    QTest::addColumn<ApiError::Kind>("kind");
    using O = HttpResponse::Outcome;
    using K = ApiError::Kind;
    QTest::newRow("network") << O::NetworkFailure << K::Network;
    QTest::newRow("timeout") << O::TimedOut << K::Timeout;
    QTest::newRow("too large") << O::TooLarge << K::BadPayload;
    QTest::newRow("cancelled") << O::Cancelled << K::Cancelled;
}

void tst_ResponseParser::transportOutcomes()
{
    QFETCH(HttpResponse::Outcome, outcome);
    QFETCH(ApiError::Kind, kind);
    HttpResponse response;
    response.outcome = outcome;
    QCOMPARE(ResponseParser::errorFromResponse(response).kind, kind);
    QVERIFY(!ResponseParser::jsonObject(response).isOk());
}

void tst_ResponseParser::excerptIsShortPlainText()
{
    const QString excerpt = ResponseParser::bodyExcerpt(
        "<html><script>x</script><h1>Bad   Gateway</h1>\n\n" + QByteArray(5000, 'z') + "</html>");
    QVERIFY(!excerpt.contains(u'<'));
    QVERIFY(excerpt.startsWith(QStringLiteral("Bad Gateway z")));
    QCOMPARE(excerpt.size(), 160);
}

void tst_ResponseParser::requestIdAndResetAreKept()
{
    HttpResponse response;
    response.status = 429;
    response.headers.insert("x-ratelimit-reset", "1800000000");
    response.headers.insert("x-request-id", "abc-123");
    const ApiError error = ResponseParser::errorFromResponse(response);
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.rateLimitReset, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    QCOMPARE(error.requestId, QStringLiteral("abc-123"));
}

void tst_ResponseParser::messageForField()
{
    HttpResponse response;
    response.status = 400;
    response.body = Fixtures::data(QStringLiteral("error_400_name.json"));
    const ApiError error = ResponseParser::errorFromResponse(response);
    QCOMPARE(error.messageForField(QStringLiteral("name")),
             QStringLiteral("A segment with this name already exists"));
    QCOMPARE(error.messageForField(QStringLiteral("query_dsl")), QString());
}

QTEST_GUILESS_MAIN(tst_ResponseParser)
#include "tst_responseparser.moc"
