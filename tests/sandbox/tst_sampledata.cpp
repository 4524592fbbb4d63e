// SPDX-License-Identifier: MIT
// "Reset sample data": the sandbox stops, its store is removed, and it starts again as new.
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "sandbox/sampledata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SampleData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetThrowsAwayEveryChange();

private:
    QStringList names(SendGridClient &client);
};

QStringList tst_SampleData::names(SendGridClient &client)
{
    SegmentsApi api(&client);
    QStringList out;
    bool done = false;
    api.list({}, this, [&](const ApiResult<QList<SegmentSummary>> &result) {
        done = true;
        if (result.isOk())
            for (const SegmentSummary &s : *result.value)
                out << s.name;
    });
    (void)QTest::qWaitFor([&done] { return done; }, 10000);
    return out;
}

void tst_SampleData::resetThrowsAwayEveryChange()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataDir = dir.filePath("sandbox");
    options.contacts = 200;
    SampleData sample(options);
    QSignalSpy ready(&sample, &SampleData::ready);
    sample.start();
    QVERIFY(ready.wait(30000));
    SendGridClient client;
    QVERIFY(client.setBaseUrl(ready.takeFirst().first().toUrl()).isOk());
    QVERIFY(client.setApiKey(SampleData::apiKey()).isOk());
    const QStringList starters = names(client);
    QVERIFY(starters.size() >= 10);
    SegmentsApi api(&client);
    bool created = false;
    api.create({"Made by hand", "SELECT contact_id, updated_at FROM contact_data", {}}, this,
               [&created](const ApiResult<Segment> &r) { created = r.isOk(); });
    QTRY_VERIFY(created);
    QVERIFY(names(client).contains("Made by hand"));

    sample.reset();
    QVERIFY(ready.wait(30000));
    QVERIFY(client.setBaseUrl(ready.takeFirst().first().toUrl()).isOk());
    const QStringList after = names(client);
    QVERIFY(!after.contains("Made by hand"));
    QCOMPARE(QSet<QString>(after.begin(), after.end()),
             QSet<QString>(starters.begin(), starters.end()));
}

QTEST_GUILESS_MAIN(tst_SampleData)
#include "tst_sampledata.moc"
