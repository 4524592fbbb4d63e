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
}

void bench_Preview::preview_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("unsaved");
    QTest::newRow("indexed: country, + a nullable date")
        << "country = 'Germany'"
        << "(country = 'Germany' AND birthday < '1990-01-01') OR country = 'France'";
    QTest::newRow("LIKE and NOT, + a list")
        << "email LIKE '%@gmail.com' AND NOT (country = 'Germany')"
        << "email LIKE '%@gmail.com' AND plan_tier IN ('pro', 'enterprise')";
}

void bench_Preview::preview()
{
    QFETCH(QString, saved);
    QFETCH(QString, unsaved);
    const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
    ContactsApi api(&m_client);
    LivePreview preview(&api);
    preview.setDelay(0); // measured from the end of the debounce
    preview.setSaved(head + saved);
    QSignalSpy previewed(&preview, &LivePreview::previewed);
    LivePreviewResult result;
    QBENCHMARK
    {
        previewed.clear();
        preview.edit(head + unsaved);
        QVERIFY(previewed.wait(10000));
        result = previewed.first().first().value<LivePreviewResult>();
    }
    QVERIFY(result.matches.isOk() && result.joins->isOk() && result.leaves->isOk());
    qInfo("matches %lld, joins %lld, leaves %lld", result.matches.count(), result.joins->count(),
          result.leaves->count());
}

QTEST_GUILESS_MAIN(bench_Preview)
#include "bench_preview.moc"
