// SPDX-License-Identifier: MIT
// QueryDiff with the real lexer and dtl: what a person sees marked when two versions differ.
#include "query/querydiff.h"

#include <QTest>

using Kind = QueryDiff::Run::Kind;

class tst_QueryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedValueIsJustThatValue();
    void deletionIsShown();
    void whitespaceIsNoChange_data();
    void whitespaceIsNoChange();
    void inlineText_data();
    void inlineText();
    void rangesPointIntoBothTexts();
    void charactersTheLexerSkipsStillCount();
    void longQueryWithOneEdit();
};

namespace {
const QString Us = QStringLiteral(
    "SELECT contact_id, updated_at FROM contact_data WHERE country = 'US' AND city = 'Denver'");
const QString De = QStringLiteral(
    "SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE' AND city = 'Denver'");
} // namespace

void tst_QueryDiff::changedValueIsJustThatValue()
{
    const QueryDiff diff = QueryDiff::compare(Us, De);
    const QList<QueryDiff::Run> changes = diff.changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, Kind::Removed);
    QCOMPARE(changes.at(0).text, QStringLiteral("'US'"));
    QCOMPARE(changes.at(1).kind, Kind::Added);
    QCOMPARE(changes.at(1).text, QStringLiteral("'DE'"));
    QCOMPARE(diff.runs().size(), 4); // same, removed, added, same
}

void tst_QueryDiff::deletionIsShown()
{
    const QString b
        = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'US'");
    const QueryDiff diff = QueryDiff::compare(Us, b);
    const QList<QueryDiff::Run> changes = diff.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).kind, Kind::Removed);
    QCOMPARE(changes.at(0).text, QStringLiteral("AND city = 'Denver'"));
    QCOMPARE(changes.at(0).inB, (SourceRange {int(b.size()), 0}));
}

void tst_QueryDiff::whitespaceIsNoChange_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("spaces") << Us << QString(Us).replace(u' ', QStringLiteral("   "));
    QTest::newRow("lines and tabs")
        << Us
        << QStringLiteral("SELECT contact_id,\n\tupdated_at\nFROM contact_data\nWHERE "
                          "country='US'\n  AND city = 'Denver'\n");
    QTest::newRow("empty") << QString() << QStringLiteral(" \n ");
}

void tst_QueryDiff::whitespaceIsNoChange()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QueryDiff diff = QueryDiff::compare(a, b);
    QVERIFY(!diff.hasChanges());
    QVERIFY(diff.changes().isEmpty());
}

void tst_QueryDiff::inlineText_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value") << QStringLiteral("SELECT c FROM t WHERE x = 'US'")
                           << QStringLiteral("SELECT c FROM t WHERE x = 'DE'")
                           << QStringLiteral("SELECT c FROM t WHERE x = [-'US'-]{+'DE'+}");
    QTest::newRow("deletion") << QStringLiteral("SELECT c FROM t WHERE x = 1 AND y = 2")
                              << QStringLiteral("SELECT c FROM t WHERE x = 1")
                              << QStringLiteral("SELECT c FROM t WHERE x = 1 [-AND y = 2-]");
    QTest::newRow("insertion in the middle")
        << QStringLiteral("SELECT c FROM t WHERE x = 1")
        << QStringLiteral("SELECT c FROM t WHERE NOT x = 1")
        << QStringLiteral("SELECT c FROM t WHERE {+NOT+} x = 1");
    QTest::newRow("b's line breaks") << QStringLiteral("SELECT c FROM t WHERE x = 1")
                                     << QStringLiteral("SELECT c\nFROM t\nWHERE x = 2")
                                     << QStringLiteral("SELECT c\nFROM t\nWHERE x = [-1-]{+2+}");
    QTest::newRow("comment") << QStringLiteral("SELECT c FROM t -- old")
                             << QStringLiteral("SELECT c FROM t -- new")
                             << QStringLiteral("SELECT c FROM t [--- old-]{+-- new+}");
}

void tst_QueryDiff::inlineText()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(QueryDiff::compare(a, b).toInlineText(), expected);
}

void tst_QueryDiff::rangesPointIntoBothTexts()
{
    const QueryDiff diff = QueryDiff::compare(Us, De);
    for (const QueryDiff::Run &run : diff.runs()) {
        if (run.kind != Kind::Added)
            QCOMPARE(Us.mid(run.inA.offset, run.inA.length).simplified(), run.text.simplified());
        if (run.kind != Kind::Removed)
            QCOMPARE(De.mid(run.inB.offset, run.inB.length), run.text);
    }
    const QueryDiff::Run removed = diff.changes().at(0);
    QCOMPARE(removed.inA.offset, int(Us.indexOf(QStringLiteral("'US'"))));
    QCOMPARE(removed.inB.offset, int(De.indexOf(QStringLiteral("'DE'"))) - 1); // after "="
}

void tst_QueryDiff::charactersTheLexerSkipsStillCount()
{
    const QueryDiff diff = QueryDiff::compare(QStringLiteral("SELECT c FROM t WHERE x = 1 @"),
                                              QStringLiteral("SELECT c FROM t WHERE x = 1 #"));
    QCOMPARE(diff.toInlineText(), QStringLiteral("SELECT c FROM t WHERE x = 1 [-@-]{+#+}"));
}

void tst_QueryDiff::longQueryWithOneEdit()
{
    QString a = QStringLiteral("SELECT contact_id FROM contact_data WHERE ");
    for (int i = 0; i < 20000; ++i)
        a += QStringLiteral("%1email = 'user%2@example.com'")
                 .arg(i ? QStringLiteral(" OR ") : QString())
                 .arg(i);
    QString b = a;
    b.replace(QStringLiteral("'user10000@example.com'"), QStringLiteral("'someone@example.com'"));
    const QList<QueryDiff::Run> changes = QueryDiff::compare(a, b).changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).text, QStringLiteral("'user10000@example.com'"));
    QCOMPARE(changes.at(1).text, QStringLiteral("'someone@example.com'"));
}

QTEST_GUILESS_MAIN(tst_QueryDiff)
#include "tst_querydiff.moc"
