// SPDX-License-Identifier: MIT
// ProfileFlow without widgets, against the in-process sandbox (a Custom profile points at it):
// each profile's drafts file, the production confirmation asked once per session and profile,
// why a profile cannot write, and what Retry opens after a failed start.
#include "api/sendgridclient.h"
#include "flows/profileflow.h"
#include "local/draftstore.h"
#include "models/segmenttablemodel.h"
#include "support/sandboxfixture.h"
#include "support/testaccounts.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sampleDataOpensItsDraftsFile();
    void productionAsksOncePerSessionAndProfile();
    void readOnlySaysWhy();
    void failedStartIsWhatRetryOpens();
    void failureWhileAListShowsKeepsItOpen();

private:
    Profile stored(const QString &name, Profile::Tag tag, bool readOnly = false);
    bool openAndWait(const Profile &profile, const QString &key);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<SegmentTableModel> m_listed;
    std::unique_ptr<ProfileFlow> m_flow;
};

void tst_ProfileFlow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<SendGridClient>();
    m_client->setClock(&m_sandbox->clock());
    m_drafts = std::make_unique<DraftStore>();
    m_accounts = std::make_unique<TestAccounts>(m_dir->path(), m_client.get(), *m_sandbox);
    m_listed = std::make_unique<SegmentTableModel>();
    m_flow = std::make_unique<ProfileFlow>(Accounts {&m_accounts->settings, &m_accounts->profiles,
                                                     &m_accounts->secrets, &m_accounts->connector,
                                                     m_dir->path(), nullptr},
                                           m_drafts.get(), &m_sandbox->clock(), m_listed.get());
}

void tst_ProfileFlow::cleanup()
{
    m_flow.reset();
    m_accounts.reset();
    m_client.reset();
    m_sandbox.reset();
}

Profile tst_ProfileFlow::stored(const QString &name, Profile::Tag tag, bool readOnly)
{
    Profile p;
    p.name = name;
    p.region = Profile::Region::Custom;
    p.customUrl = m_sandbox->baseUrl();
    p.tag = tag;
    p.readOnly = readOnly;
    const Result<Profile> added = m_accounts->profiles.add(p);
    if (!added.isOk())
        qWarning("%s", qPrintable(added.error()));
    return added.isOk() ? added.value() : p;
}

// A session key: the test needs no keychain.
bool tst_ProfileFlow::openAndWait(const Profile &profile, const QString &key)
{
    QSignalSpy connected(m_flow.get(), &ProfileFlow::connected);
    m_flow->openWithSessionKey(profile, key);
    return connected.wait(10000) && m_flow->active().id == profile.id;
}

void tst_ProfileFlow::sampleDataOpensItsDraftsFile()
{
    QSignalSpy connected(m_flow.get(), &ProfileFlow::connected);
    m_flow->open(Profile::sandbox());
    QVERIFY(m_flow->isOpening());
    QVERIFY(connected.wait(10000));
    QVERIFY(!m_flow->isOpening());
    QCOMPARE(connected.first().at(2).toBool(), false); // it started on the sample data
    QVERIFY(m_flow->openDrafts().isOk());
    QVERIFY(QFile::exists(QDir(m_dir->path()).filePath("drafts.sqlite")));
    QCOMPARE(m_flow->readOnlyReason(connected.first().at(1).value<KeyPermissions>()), QString());
}

void tst_ProfileFlow::productionAsksOncePerSessionAndProfile()
{
    const Profile production = stored("Live", Profile::Tag::Production);
    QVERIFY(openAndWait(production, m_sandbox->apiKey()));
    QVERIFY(m_flow->needsProductionConfirmation());
    m_flow->confirmProduction();
    QVERIFY(!m_flow->needsProductionConfirmation());
    QVERIFY(m_accounts->profiles.find(production.id).value().lastUsed.isValid()); // marked used
    QVERIFY(m_flow->openDrafts().isOk()); // a file of its own
    QVERIFY(
        QFile::exists(QDir(m_dir->path()).filePath("drafts-" + m_flow->historyKey() + ".sqlite")));
    QVERIFY(openAndWait(production, m_sandbox->apiKey())); // the same profile again: no new ask
    QVERIFY(!m_flow->needsProductionConfirmation());
    QVERIFY(openAndWait(Profile::sandbox(), m_sandbox->apiKey()));
    QVERIFY(!m_flow->needsProductionConfirmation());
    QVERIFY(openAndWait(production, m_sandbox->apiKey())); // back after another: asks again
    QVERIFY(m_flow->needsProductionConfirmation());
}

void tst_ProfileFlow::readOnlySaysWhy()
{
    QVERIFY(openAndWait(stored("Look only", Profile::Tag::None, true), m_sandbox->apiKey()));
    QVERIFY(m_flow->readOnlyReason(KeyPermissions {true, true, true, true}).contains("read-only"));
    QVERIFY(openAndWait(stored("Writable", Profile::Tag::None), m_sandbox->apiKey()));
    QCOMPARE(m_flow->readOnlyReason(KeyPermissions {true, true, true, true}), QString());
    QVERIFY(m_flow->readOnlyReason(KeyPermissions {true, false, false, false})
                .contains("no Marketing write scope"));
}

void tst_ProfileFlow::failedStartIsWhatRetryOpens()
{
    const Profile account = stored("Wrong key", Profile::Tag::None);
    QSignalSpy failed(m_flow.get(), &ProfileFlow::failed);
    m_flow->openWithSessionKey(account, QStringLiteral("SG.not-a-key.of-this-sandbox"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(3).toBool(), true); // no list shows: nothing stays open
    QCOMPARE(m_flow->retryTarget(), account.id);
    QCOMPARE(m_flow->active().id, Profile::sandboxId()); // not switched
    m_flow->open(Profile::sandbox());
    QCOMPARE(m_flow->retryTarget(), QUuid()); // while another is being opened, Retry reloads
}

void tst_ProfileFlow::failureWhileAListShowsKeepsItOpen()
{
    SegmentSummary shown;
    shown.id = QStringLiteral("shown");
    m_listed->setSegments({shown});
    QSignalSpy failed(m_flow.get(), &ProfileFlow::failed);
    m_flow->openWithSessionKey(stored("Wrong key", Profile::Tag::None),
                               QStringLiteral("SG.not-a-key.of-this-sandbox"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(3).toBool(), false);
    QCOMPARE(m_flow->retryTarget(), QUuid());
}

QTEST_GUILESS_MAIN(tst_ProfileFlow)
#include "tst_profileflow.moc"
