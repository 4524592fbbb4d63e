// SPDX-License-Identifier: MIT
// The editor's segment name rules: lengths in code points as SendGrid counts them, and names
// that are blank or hold control characters refused with a reason.
#include "editing/namerules.h"

#include <QTest>

class tst_NameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void lengthCountsCodePoints();
    void lookalikesAreWarnedAbout_data();
    void lookalikesAreWarnedAbout();
};

namespace {

QString emoji(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QString::fromUcs4(U"\U0001F600", 1);
    return out;
}

} // namespace

void tst_NameRules::check_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); ///< a part of the message; empty: accepted
    QTest::newRow("plain") << "Germans" << QString();
    QTest::newRow("100 letters") << QString(100, u'x') << QString();
    QTest::newRow("101 letters") << QString(101, u'x') << "this one has 101";
    QTest::newRow("51 emoji") << emoji(51) << QString();
    QTest::newRow("100 emoji") << emoji(100) << QString();
    QTest::newRow("101 emoji") << emoji(101) << "this one has 101";
    QTest::newRow("empty") << QString() << "Give the segment a name";
    QTest::newRow("only spaces") << "   "
                                 << "only spaces";
    QTest::newRow("only a tab and NBSP") << QStringLiteral("\t\u00a0") << "only spaces";
    QTest::newRow("line break") << "Two\nlines"
                                << "control characters";
    QTest::newRow("tab inside") << "Tab\there"
                                << "control characters";
    QTest::newRow("NUL") << QString::fromUtf16(u"a\u0000b", 3) << "control characters";
    QTest::newRow("duplicate") << "Taken"
                               << "already called";
}

void tst_NameRules::check()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const VoidResult result = NameRules::check(name, {QStringLiteral("Taken")});
    QCOMPARE(result.isOk(), problem.isEmpty());
    if (!problem.isEmpty())
        QVERIFY2(result.error().contains(problem), qPrintable(result.error()));
}

void tst_NameRules::lengthCountsCodePoints()
{
    QCOMPARE(NameRules::length(emoji(50)), 50);
    QCOMPARE(emoji(50).size(), 100); // what the old rule counted
    QCOMPARE(NameRules::length(u"Zürich"), 6);
}

void tst_NameRules::lookalikesAreWarnedAbout_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<QString>("resembled"); ///< empty: no warning
    const QString composed = QStringLiteral("K\u00f6ln");
    const QString decomposed = QStringLiteral("Ko\u0308ln");
    QTest::newRow("case") << "GERMANY" << QStringList {"Germany", "France"} << "Germany";
    QTest::newRow("spacing") << "VIP  customers" << QStringList {" VIP customers"}
                             << " VIP customers";
    QTest::newRow("no space") << "VIPcustomers" << QStringList {"VIP customers"} << "VIP customers";
    QTest::newRow("NFC beside NFD") << composed << QStringList {decomposed} << decomposed;
    QTest::newRow("NFD beside NFC") << decomposed << QStringList {composed} << composed;
    QTest::newRow("full-width letters")
        << QStringLiteral("\uff36\uff29\uff30") << QStringList {"VIP"} << "VIP";
    QTest::newRow("different names") << "Germany" << QStringList {"Germans", "Austria"} << "";
    QTest::newRow("itself only") << "Germany" << QStringList {"Germany"} << "";
    QTest::newRow("empty") << "" << QStringList {" "} << "";
}

void tst_NameRules::lookalikesAreWarnedAbout()
{
    QFETCH(QString, name);
    QFETCH(QStringList, others);
    QFETCH(QString, resembled);
    const QString warning = NameRules::lookalikeWarning(name, others);
    if (resembled.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        return;
    }
    QVERIFY2(warning.contains(u'"' + resembled + u'"'), qPrintable(warning));
    QVERIFY(NameRules::check(name, others).isOk()); // a warning: SendGrid takes the name
}

QTEST_GUILESS_MAIN(tst_NameRules)
#include "tst_namerules.moc"
