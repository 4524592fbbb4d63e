// SPDX-License-Identifier: MIT
// KeychainSecretStore against a real gnome-keyring-daemon on a private D-Bus session
// (tests/support/with-keyring.sh).
#include "profiles/keychainsecretstore.h"
#include "support/keyringguard.h"

#include <QTest>

#include <memory>
#include <optional>

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keyIsNamespaced();
    void missingEntryIsNotAFailure();
    void storeReadReplaceDelete();
    void deletingAMissingEntrySucceeds();
    void profilesDoNotShareKeys();
    void jobsRunInOrder();
    void destroyedContextGetsNoCallback();
    void destroyingTheStoreLetsItsJobFinish();

private:
    SecretResult await(const std::function<void(SecretStore::Callback)> &start);

    std::unique_ptr<KeychainSecretStore> m_store;
};

void tst_KeychainSecretStore::initTestCase()
{
    if (KeyringGuard::mode() != QStringLiteral("unlocked"))
        QFAIL(qPrintable(KeyringGuard::refusal()));
}

void tst_KeychainSecretStore::init()
{
    m_store = std::make_unique<KeychainSecretStore>();
}

SecretResult tst_KeychainSecretStore::await(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timed out"));
    return *result;
}

void tst_KeychainSecretStore::keyIsNamespaced()
{
    const QUuid id(QStringLiteral("{0f8e1c52-3b7d-4a19-8c6e-5d2f4a9b7e31}"));
    QCOMPARE(SecretStore::keyFor(id),
             QStringLiteral("segmentdesk/0f8e1c52-3b7d-4a19-8c6e-5d2f4a9b7e31"));
}

void tst_KeychainSecretStore::missingEntryIsNotAFailure()
{
    const SecretResult r
        = await([&](auto done) { m_store->read(QUuid::createUuid(), this, done); });
    QCOMPARE(r.status(), SecretResult::Status::NotFound);
    QVERIFY(!r.isFailure());
    QVERIFY(r.secret().isEmpty());
}

void tst_KeychainSecretStore::storeReadReplaceDelete()
{
    const QUuid id = QUuid::createUuid();
    const QString first = QStringLiteral("SG.made-up-first.0123456789abcdefghij");
    const QString second = QStringLiteral("SG.made-up-second.klmnopqrstuvwxyz987");
    QCOMPARE(await([&](auto done) { m_store->write(id, first, this, done); }).status(),
             SecretResult::Status::Ok);
    const SecretResult read = await([&](auto done) { m_store->read(id, this, done); });
    QCOMPARE(read.status(), SecretResult::Status::Ok);
    QCOMPARE(read.secret(), first);

    QVERIFY(await([&](auto done) { m_store->write(id, second, this, done); }).isOk());
    QCOMPARE(await([&](auto done) { m_store->read(id, this, done); }).secret(), second);

    QVERIFY(await([&](auto done) { m_store->remove(id, this, done); }).isOk());
    QCOMPARE(await([&](auto done) { m_store->read(id, this, done); }).status(),
             SecretResult::Status::NotFound);
}

void tst_KeychainSecretStore::deletingAMissingEntrySucceeds()
{
    const SecretResult r
        = await([&](auto done) { m_store->remove(QUuid::createUuid(), this, done); });
    QVERIFY2(r.isOk(), qPrintable(r.message()));
}

void tst_KeychainSecretStore::profilesDoNotShareKeys()
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(await([&](auto done) {
                m_store->write(a, QStringLiteral("SG.key-a"), this, done);
            }).isOk());
    QVERIFY(await([&](auto done) {
                m_store->write(b, QStringLiteral("SG.key-b"), this, done);
            }).isOk());
    QCOMPARE(await([&](auto done) { m_store->read(a, this, done); }).secret(),
             QStringLiteral("SG.key-a"));
    QVERIFY(await([&](auto done) { m_store->remove(b, this, done); }).isOk());
    QCOMPARE(await([&](auto done) { m_store->read(a, this, done); }).secret(),
             QStringLiteral("SG.key-a"));
}

// Started together, the jobs still run one after another in call order: the read sees the
// second write, and the delete comes last.
void tst_KeychainSecretStore::jobsRunInOrder()
{
    const QUuid id = QUuid::createUuid();
    QStringList log;
    auto note = [&log](const QString &what) {
        return [&log, what](const SecretResult &r) {
            log << what + u'='
                    + (r.isOk() ? r.secret() : QStringLiteral("status %1").arg(int(r.status())));
        };
    };
    m_store->write(id, QStringLiteral("SG.one"), this, note(QStringLiteral("write")));
    m_store->write(id, QStringLiteral("SG.two"), this, note(QStringLiteral("write")));
    m_store->read(id, this, note(QStringLiteral("read")));
    m_store->remove(id, this, note(QStringLiteral("remove")));
    m_store->read(id, this, note(QStringLiteral("read")));
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 5, 20000);
    QCOMPARE(log,
             (QStringList {QStringLiteral("write="), QStringLiteral("write="),
                           QStringLiteral("read=SG.two"), QStringLiteral("remove="),
                           QStringLiteral("read=status 1")}));
}

void tst_KeychainSecretStore::destroyedContextGetsNoCallback()
{
    const QUuid id = QUuid::createUuid();
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_store->write(id, QStringLiteral("SG.gone"), context.get(),
                   [&called](const SecretResult &) { called = true; });
    context.reset();
    // The job itself still runs: a later read finds its value.
    const SecretResult read = await([&](auto done) { m_store->read(id, this, done); });
    QCOMPARE(read.secret(), QStringLiteral("SG.gone"));
    QVERIFY(!called);
}

// The store goes while its job runs (the window closing mid-save): no crash, and the job still
// lands. QtKeychain's libsecret backend calls back into the job, so it must outlive the store.
void tst_KeychainSecretStore::destroyingTheStoreLetsItsJobFinish()
{
    const QUuid id = QUuid::createUuid();
    bool called = false;
    m_store->write(id, QStringLiteral("SG.orphan"), this,
                   [&called](const SecretResult &) { called = true; });
    m_store.reset();
    KeychainSecretStore other;
    QString found;
    for (int attempt = 0; attempt < 50 && found.isEmpty(); ++attempt)
        found = await([&](auto done) { other.read(id, this, done); }).secret();
    QCOMPARE(found, QStringLiteral("SG.orphan"));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
