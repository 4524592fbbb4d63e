// SPDX-License-Identifier: MIT
// KeychainSecretStore where no keychain can be used. ctest runs it twice: with the session bus
// pointing at nothing ("none"), and on a private bus whose gnome-keyring was never unlocked
// (with-keyring.sh --locked). Both must give Unavailable with a message that says so.
#include "profiles/keychainsecretstore.h"
#include "support/keyringguard.h"

#include <QTest>

#include <optional>

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperationSaysUnavailable_data();
    void everyOperationSaysUnavailable();
};

void tst_KeychainUnavailable::initTestCase()
{
    const QString mode = KeyringGuard::mode();
    if (mode == QStringLiteral("none")) {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"),
                 "mode none needs DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/…");
        return;
    }
    if (mode != QStringLiteral("locked"))
        QFAIL(qPrintable(KeyringGuard::refusal()));
}

void tst_KeychainUnavailable::everyOperationSaysUnavailable_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << 0;
    QTest::newRow("write") << 1;
    QTest::newRow("remove") << 2;
}

void tst_KeychainUnavailable::everyOperationSaysUnavailable()
{
    QFETCH(int, operation);
    KeychainSecretStore store;
    const QUuid id = QUuid::createUuid();
    std::optional<SecretResult> result;
    auto done = [&result](const SecretResult &r) { result = r; };
    if (operation == 0)
        store.read(id, this, done);
    else if (operation == 1)
        store.write(id, QStringLiteral("SG.made-up-never-stored"), this, done);
    else
        store.remove(id, this, done);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->status(), SecretResult::Status::Unavailable);
    QVERIFY(result->isFailure());
    QVERIFY2(result->message().contains(QStringLiteral("keychain is locked or unavailable")),
             qPrintable(result->message()));
    QVERIFY(!result->message().contains(QStringLiteral("SG.made-up")));
    // Plain words, no D-Bus jargon (#19 §5): what is missing, and what to do.
    for (const char *jargon : {"D-Bus", "DBus", "dbus", "org.freedesktop", ".service"})
        QVERIFY2(!result->message().contains(QLatin1String(jargon)), qPrintable(result->message()));
    QVERIFY2(result->message().contains(QStringLiteral("Unlock it"))
                 || result->message().contains(QStringLiteral("Install or start one")),
             qPrintable(result->message()));
}

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
