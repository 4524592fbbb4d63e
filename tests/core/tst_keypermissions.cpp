// SPDX-License-Identifier: MIT
#include "profiles/keypermissions.h"

#include <QTest>

Q_DECLARE_METATYPE(KeyPermissions)

class tst_KeyPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromScopes_data();
    void fromScopes();
};

void tst_KeyPermissions::fromScopes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<KeyPermissions>("expected");
    QTest::addColumn<bool>("canWrite");
    const QStringList all {
        QStringLiteral("marketing.read"), QStringLiteral("marketing_campaigns.create"),
        QStringLiteral("marketing_campaigns.read"), QStringLiteral("marketing_campaigns.update"),
        QStringLiteral("marketing_campaigns.delete")};
    QTest::newRow("sandbox (full marketing)")
        << all << KeyPermissions {true, true, true, true} << true;
    QTest::newRow("marketing.read only") << QStringList {QStringLiteral("marketing.read")}
                                         << KeyPermissions {true, false, false, false} << false;
    QTest::newRow("campaigns read only") << QStringList {QStringLiteral("marketing_campaigns.read")}
                                         << KeyPermissions {true, false, false, false} << false;
    QTest::newRow("update without delete")
        << QStringList {QStringLiteral("marketing_campaigns.read"),
                        QStringLiteral("marketing_campaigns.update")}
        << KeyPermissions {true, false, true, false} << true;
    QTest::newRow("mail send only")
        << QStringList {QStringLiteral("mail.send")} << KeyPermissions {} << false;
    QTest::newRow("prefix is not a scope")
        << QStringList {QStringLiteral("marketing_campaigns.update.extra"),
                        QStringLiteral("marketing")}
        << KeyPermissions {} << false;
}

void tst_KeyPermissions::fromScopes()
{
    QFETCH(QStringList, scopes);
    QFETCH(KeyPermissions, expected);
    QFETCH(bool, canWrite);
    const KeyPermissions p = KeyPermissions::fromScopes(scopes);
    QVERIFY(p == expected);
    QCOMPARE(p.canWrite(), canWrite);
}

QTEST_GUILESS_MAIN(tst_KeyPermissions)
#include "tst_keypermissions.moc"
