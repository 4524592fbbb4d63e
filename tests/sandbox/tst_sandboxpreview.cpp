// SPDX-License-Identifier: MIT
// The sandbox's own preview of an unsaved query (#19 §2): what a segment with that query counts
// once saved, engagement included; who an edit adds and removes; SendGrid's 400 and 408.
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString preview = QStringLiteral("/__sandbox/segments/preview");
const QString joined
    = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data "
                     "AS e ON c.contact_id = e.contact_id WHERE ");
const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
const QString openedRecently
    = joined + "e.event_type = 'open' AND e.event_timestamp > NOW() - INTERVAL 30 DAY";
const QString neverClicked = head
    + "contact_id NOT IN (SELECT e.contact_id FROM event_data AS e WHERE e.event_type = "
      "'click')";

} // namespace

class tst_SandboxPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewIsTheSavedCount_data();
    void previewIsTheSavedCount();
    void joinsAndLeavesOfAnEdit();
    void parentListRestricts();
    void badRequestsAreRefused();
    void runawayPreviewAnswers408();

private:
    /// The preview's `figure` (matches, joins or leaves): its contact_count, or -1 (with a
    /// warning) when the answer is not 200 or has no such figure.
    qint64 previewed(const QJsonObject &body, const char *figure = "matches");

    SandboxFixture m_sandbox;
};

void tst_SandboxPreview::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

qint64 tst_SandboxPreview::previewed(const QJsonObject &body, const char *figure)
{
    const Exchange answer = m_sandbox.send("POST", preview, {}, body);
    if (answer.status != 200) {
        qWarning("preview answered %d: %s", answer.status, answer.body.constData());
        return -1;
    }
    const QJsonObject found = answer.json()[QLatin1String(figure)].toObject();
    if (!found["result"].isArray())
        return -1;
    return found["contact_count"].toInteger(-1);
}

void tst_SandboxPreview::previewIsTheSavedCount_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("opened in the last 30 days") << openedRecently;
    QTest::newRow("never clicked") << neverClicked;
    QTest::newRow("opened, in Germany or Austria")
        << openedRecently + " AND c.country IN ('Germany', 'Austria')";
    QTest::newRow("bounced, from mail")
        << joined + "e.event_source = 'mail' AND e.event_type = 'bounce'";
    QTest::newRow("field only") << head + "country = 'France'";
}

void tst_SandboxPreview::previewIsTheSavedCount()
{
    QFETCH(QString, query);
    const qint64 promised = previewed({{"query_dsl", query}});
    QVERIFY(promised > 0);
    const QString id = m_sandbox.createSegment(QTest::currentDataTag(), query);
    QVERIFY(!id.isEmpty());
    const QJsonObject saved = m_sandbox.settledSegment(id);
    QCOMPARE(saved["status"]["query_validation"].toString(), QStringLiteral("VALID"));
    QCOMPARE(saved["contacts_count"].toInteger(), promised);
}

// When "opened recently" becomes "opened recently, in Germany", those who opened and are not
// in Germany leave, and nobody joins.
void tst_SandboxPreview::joinsAndLeavesOfAnEdit()
{
    const QString inGermany = openedRecently + " AND c.country = 'Germany'";
    const qint64 all = previewed({{"query_dsl", openedRecently}});
    const qint64 german = previewed({{"query_dsl", inGermany}});
    QVERIFY(all > german && german > 0);
    const QJsonObject edit {{"query_dsl", inGermany}, {"saved_query_dsl", openedRecently}};
    QCOMPARE(previewed(edit), german);
    QCOMPARE(previewed(edit, "joins"), 0);
    QCOMPARE(previewed(edit, "leaves"), all - german);
    const QJsonObject back {{"query_dsl", openedRecently}, {"saved_query_dsl", inGermany}};
    QCOMPARE(previewed(back, "joins"), all - german);
    QCOMPARE(previewed(back, "leaves"), 0);
}

void tst_SandboxPreview::parentListRestricts()
{
    const QJsonArray lists = m_sandbox.send("GET", "/v3/marketing/lists", "/v3/marketing/lists")
                                 .json()["result"]
                                 .toArray();
    QVERIFY(!lists.isEmpty());
    const QString list = lists.first()["id"].toString();
    const QString onList = openedRecently + " AND array_contains(c.list_ids, '" + list + "')";
    const qint64 restricted
        = previewed({{"query_dsl", openedRecently}, {"parent_list_ids", QJsonArray {list}}});
    QVERIFY(restricted >= 0);
    QCOMPARE(restricted, previewed({{"query_dsl", onList}}));
    QVERIFY(restricted < previewed({{"query_dsl", openedRecently}}));
}

void tst_SandboxPreview::badRequestsAreRefused()
{
    for (const QJsonObject &body :
         {QJsonObject {}, QJsonObject {{"query_dsl", head + "country ="}},
          QJsonObject {{"query_dsl", head + "country = 'DE'"}, {"saved_query_dsl", "SELECT"}},
          QJsonObject {{"query_dsl", head + "country = 'DE'"},
                       {"parent_list_ids", QJsonArray {"a", "b"}}}}) {
        const Exchange answer = m_sandbox.send("POST", preview, {}, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(!answer.json()["errors"].toArray().isEmpty(), answer.body.constData());
    }
    QCOMPARE(m_sandbox.send("POST", preview, {}, "{}", "Bearer SG.not-a-key").status, 401);
}

void tst_SandboxPreview::runawayPreviewAnswers408()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.contacts = 300;
    options.evaluationDeadline = std::chrono::milliseconds(200);
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.start());
    const QString crossJoin = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data c JOIN contact_data d ON "
        "c.contact_id = c.contact_id JOIN contact_data e ON c.contact_id = c.contact_id JOIN "
        "contact_data f ON c.contact_id = c.contact_id");
    QCOMPARE(sandbox.send("POST", preview, {}, QJsonObject {{"query_dsl", crossJoin}}).status, 408);
    QCOMPARE(
        sandbox.send("GET", "/v3/marketing/contacts/count", "/v3/marketing/contacts/count").status,
        200);
}

QTEST_MAIN(tst_SandboxPreview)
#include "tst_sandboxpreview.moc"
