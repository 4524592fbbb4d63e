// SPDX-License-Identifier: MIT
// A live preview's answer (count + joins + leaves) on an in-process sandbox of 100,000 contacts
// (BENCH_PREVIEW_CONTACTS for another size), from the end of the debounce to the delivered
// result: budget 150 ms median. Run by scripts/bench; not by ctest.
#include "api/contactsapi.h"
#include "api/sendgridclient.h"
#include "editing/livepreview.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class bench_Preview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preview_data();
    void preview();

private:
    QTemporaryDir m_dir;
    // On disk, as the window's sandbox profile and segmentdesk-sandbox --data keep it.
    SandboxFixture m_sandbox {[this] {
        SandboxOptions options = SandboxFixture::defaults();
        bool set = false;
        const int contacts = qEnvironmentVariableIntValue("BENCH_PREVIEW_CONTACTS", &set);
        options.contacts = set ? contacts : 100000;
        options.timeScale = 1;
        options.rateLimitPerMinute = 0;
        options.dataDir = m_dir.path();
        return options;
    }()};
    SendGridClient m_client;
};

void bench_Preview::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_client.setBaseUrl(m_sandbox.baseUrl()).isOk());
    QVERIFY(m_client.setApiKey(m_sandbox.apiKey()).isOk());
    // The window has read the list before it previews: the sandbox has said what it is.
    ContactsApi api(&m_client);
    bool counted = false;
    api.count(this, [&counted](const ApiResult<ContactCount> &result) { counted = result.isOk(); });
    QTRY_VERIFY(counted);
    QVERIFY(m_client.isSandbox());
}

void bench_Preview::preview_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("unsaved");
    const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
    const QString opened = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e ON "
        "c.contact_id = e.contact_id WHERE e.event_source = 'mail' AND e.event_type = 'open' AND "
        "e.event_timestamp >= NOW() - INTERVAL 30 DAY");
    QTest::newRow("indexed: country, + a nullable date")
        << head + "country = 'Germany'"
        << head + "(country = 'Germany' AND birthday < '1990-01-01') OR country = 'France'";
    QTest::newRow("LIKE and NOT, + a list")
        << head + "email LIKE '%@gmail.com' AND NOT (country = 'Germany')"
        << head + "email LIKE '%@gmail.com' AND plan_tier IN ('pro', 'enterprise')";
    // The sandbox's own preview: email activity has no contacts-search equivalent.
    QTest::newRow("opened in 30 days, + in Germany or Austria")
        << opened << opened + " AND c.country IN ('Germany', 'Austria')";
    QTest::newRow("never clicked, + high value") << head + "lifetime_value > 500"
                                                 << head
            + "lifetime_value > 500 AND contact_id NOT IN (SELECT e.contact_id FROM event_data "
              "AS e WHERE e.event_type = 'click')";
}

void bench_Preview::preview()
{
    QFETCH(QString, saved);
    QFETCH(QString, unsaved);
    ContactsApi api(&m_client);
    LivePreview preview(&api);
    preview.setDelay(0); // measured from the end of the debounce
    preview.setSaved(saved);
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    LivePreviewResult result;
    QBENCHMARK
    {
        previewed.clear();
        preview.edit(unsaved);
        QVERIFY(previewed.wait(10000));
        result = previewed.first().first().value<LivePreviewResult>();
    }
    QVERIFY(result.matches.isOk() && result.joins->isOk() && result.leaves->isOk());
    qInfo("matches %lld, joins %lld, leaves %lld", result.matches.count(), result.joins->count(),
          result.leaves->count());
}

QTEST_GUILESS_MAIN(bench_Preview)
#include "bench_preview.moc"
