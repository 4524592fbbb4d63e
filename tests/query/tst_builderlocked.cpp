// SPDX-License-Identifier: MIT
// What the builder cannot draw: locked pieces keep their exact text and range through
// SQL → builder → SQL; the depth limit of groups.
#include "query/builderjson.h"
#include "query/buildermodel.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "support/lockedpieces.h"
#include "support/seededstore.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c ");

int conditionCount(const BuilderNode &node)
{
    int count = node.kind == BuilderNode::Kind::Condition ? 1 : 0;
    for (const BuilderNode &child : node.children)
        count += conditionCount(child);
    return count;
}

/// `depth` groups inside each other, each NOT, each with the deepest condition (an
/// engagement sub-select with a single send and days) and a locked piece.
BuilderNode nested(int depth)
{
    BuilderNode group
        = BuilderNode::group(depth % 2 ? BuilderNode::Junction::Or : BuilderNode::Junction::And,
                             {BuilderNode::fromCondition({"engagement",
                                                          BuilderFieldType::Engagement,
                                                          BuilderOperator::NeverOpened,
                                                          {"ss-1", "30"}}),
                              BuilderNode::fromLocked({"-(-(c.lifetime_value)) > 1", -1, -1})},
                             depth > 1);
    if (depth > 1)
        group.children.insert(1, nested(depth - 1));
    return group;
}

} // namespace

class tst_BuilderLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foreignPartsAreLocked_data();
    void foreignPartsAreLocked();
    void lockedHeadAndTail();
    void depthLimit();
    void deeperSqlIsLockedAtTheLimit();
    void unparsableSqlFails();
    void manyErrorsMakeOneLine();

private:
    SeededStore m_store;
};

void tst_BuilderLocked::initTestCase()
{
    const VoidResult opened = m_store.open();
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_BuilderLocked::foreignPartsAreLocked_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("locked");
    QTest::addColumn<int>("conditions");
    QTest::newRow("function of a column")
        << "lower(c.first_name) = 'bob'" << QStringList {"lower(c.first_name) = 'bob'"} << 0;
    QTest::newRow("value first") << "'Dave' = c.first_name" << QStringList {"'Dave' = c.first_name"}
                                 << 0;
    QTest::newRow("wildcard inside")
        << "c.first_name LIKE 'a%b'" << QStringList {"c.first_name LIKE 'a%b'"} << 0;
    QTest::newRow("ambiguous percent")
        << "c.first_name LIKE '%%%x'" << QStringList {"c.first_name LIKE '%%%x'"} << 0;
    QTest::newRow("a bare day") << "c.created_at < '2026-01-01'"
                                << QStringList {"c.created_at < '2026-01-01'"} << 0;
    QTest::newRow("number for a text field")
        << "c.postal_code = 80302" << QStringList {"c.postal_code = 80302"} << 0;
    QTest::newRow("other arrays") << "array_contains(c.alternate_emails,'a@b.c')"
                                  << QStringList {"array_contains(c.alternate_emails,'a@b.c')"}
                                  << 0;
    QTest::newRow("event column unqualified under a join's alias")
        << "event_type = 'open'" << QStringList {"event_type = 'open'"} << 0;
    // Odd spacing, a comment and letter case survive byte for byte among drawn conditions.
    QTest::newRow("mixed")
        << "c.first_name = 'Ana' AND (lower( c.email )   LIKE  '%x%' /* keep */ OR "
           "c.country = 'Germany') AND NOT c.email LIKE 'a%' AND c.last_name NOT IN ('x', 'y')"
        << QStringList {"lower( c.email )   LIKE  '%x%'"} << 4;
    QTest::newRow("engagement of another shape")
        << "c.contact_id IN (SELECT e.contact_id FROM event_data e WHERE e.event_type = 'open' "
           "AND e.event_source = 'sms')"
        << QStringList {"c.contact_id IN (SELECT e.contact_id FROM event_data e WHERE "
                        "e.event_type = 'open' AND e.event_source = 'sms')"}
        << 0;
}

void tst_BuilderLocked::foreignPartsAreLocked()
{
    QFETCH(QString, where);
    QFETCH(QStringList, locked);
    QFETCH(int, conditions);
    const QString text = Head + QStringLiteral("WHERE ") + where;
    const FieldCatalogue catalogue;
    const Result<BuilderQuery> read = BuilderReader::read(text, catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QStringList found;
    for (const BuilderLocked &piece : lockedPieces(read.value().root)) {
        QCOMPARE(text.mid(piece.start, piece.end - piece.start), piece.sql);
        found << piece.sql;
    }
    QCOMPARE(found, locked);
    QCOMPARE(conditionCount(read.value().root), conditions);
    // Written back and read again: the same pieces, the same text.
    const Result<QString> sql = BuilderWriter::toSql(read.value());
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    const Result<BuilderQuery> again = BuilderReader::read(sql.value(), catalogue);
    QVERIFY2(again.isOk(), qPrintable(again.error() + u'\n' + sql.value()));
    QStringList foundAgain;
    for (const BuilderLocked &piece : lockedPieces(again.value().root)) {
        QCOMPARE(sql.value().mid(piece.start, piece.end - piece.start), piece.sql);
        foundAgain << piece.sql;
    }
    QCOMPARE(foundAgain, locked);
    QCOMPARE(conditionCount(again.value().root), conditions);
}

void tst_BuilderLocked::lockedHeadAndTail()
{
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at, MAX(e.event_timestamp) "
                                        "AS last_open FROM contact_data AS c JOIN event_data e  ON "
                                        "c.contact_id = e.contact_id");
    const QString tail = QStringLiteral("GROUP BY c.contact_id, c.updated_at");
    const QString text = head
        + QStringLiteral(" WHERE e.event_type = 'open' AND c.country = "
                         "'Germany' ")
        + tail;
    const Result<BuilderQuery> read = BuilderReader::read(text, FieldCatalogue());
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QVERIFY(read.value().head && read.value().tail);
    QCOMPARE(read.value().head->sql, head);
    QCOMPARE(read.value().head->start, 0);
    QCOMPARE(read.value().tail->sql, tail);
    QCOMPARE(text.mid(read.value().tail->start), tail);
    // The event_data column stays locked; the contact column is drawn.
    QCOMPARE(lockedPieces(read.value().root).first().sql, QStringLiteral("e.event_type = 'open'"));
    QCOMPARE(conditionCount(read.value().root), 1);
    const Result<QString> sql = BuilderWriter::toSql(read.value());
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    QCOMPARE(sql.value(), text); // unchanged: byte for byte
    BuilderQuery laidOut = read.value();
    BuilderReader::forgetSource(laidOut);
    QCOMPARE(BuilderWriter::toSql(laidOut).value(),
             head
                 + QStringLiteral("\nWHERE e.event_type = 'open'\n  AND c.country = "
                                  "'Germany'\n")
                 + tail);
}

void tst_BuilderLocked::depthLimit()
{
    BuilderQuery deepest;
    deepest.alias = QStringLiteral("c");
    deepest.root = nested(BuilderQuery::MaxGroupDepth);
    QCOMPARE(deepest.root.groupDepth(), BuilderQuery::MaxGroupDepth);
    const Result<QString> sql = BuilderWriter::toSql(deepest);
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    // At the builder's limit the SQL is within the parser's: it reads back unchanged.
    const Result<BuilderQuery> read = BuilderReader::read(sql.value(), FieldCatalogue());
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().root.groupDepth(), BuilderQuery::MaxGroupDepth);
    QCOMPARE(BuilderWriter::toSql(read.value()).value(), sql.value());
    // … and the sandbox (SQLite) evaluates it.
    const Result<QStringList> members = m_store.members(sql.value());
    QVERIFY2(members.isOk(), qPrintable(members.error()));

    BuilderModel model;
    model.restore(deepest);
    BuilderPath innermost;
    for (int level = 1; level < BuilderQuery::MaxGroupDepth; ++level)
        innermost << 1;
    QVERIFY(model.node(innermost) && model.node(innermost)->isGroup());
    const auto refused = model.insert(innermost, 0, BuilderNode::group(BuilderNode::Junction::Or));
    QVERIFY(!refused.isOk());
    QVERIFY2(refused.error().contains(QString::number(BuilderQuery::MaxGroupDepth)),
             qPrintable(refused.error()));
    QCOMPARE(model.query(), deepest);
    // One level up there is room.
    QVERIFY(model
                .insert(innermost.first(innermost.size() - 1), 0,
                        BuilderNode::group(BuilderNode::Junction::Or))
                .isOk());

    QJsonObject tooDeep = BuilderJson::toJson(deepest);
    BuilderQuery deeper = deepest;
    deeper.root = nested(BuilderQuery::MaxGroupDepth + 1);
    const Result<BuilderQuery> decoded = BuilderJson::fromJson(BuilderJson::toJson(deeper));
    QVERIFY(!decoded.isOk());
    QVERIFY2(decoded.error().contains(QStringLiteral("nested deeper")),
             qPrintable(decoded.error()));
    QVERIFY(BuilderJson::fromJson(tooDeep).isOk());
}

void tst_BuilderLocked::deeperSqlIsLockedAtTheLimit()
{
    // Parenthesized groups one level deeper than the builder draws, alternating AND and OR.
    QString where = QStringLiteral("c.city = 'x' AND c.city = 'y'");
    for (int level = 1; level <= BuilderQuery::MaxGroupDepth; ++level)
        where = QStringLiteral("c.city = 'l%1' %2 (%3)")
                    .arg(level)
                    .arg(level % 2 ? QStringLiteral("OR") : QStringLiteral("AND"), where);
    const QString text = Head + QStringLiteral("WHERE ") + where;
    const Result<BuilderQuery> read = BuilderReader::read(text, FieldCatalogue());
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().root.groupDepth(), BuilderQuery::MaxGroupDepth);
    const QList<BuilderLocked> locked = lockedPieces(read.value().root);
    QCOMPARE(locked.size(), 1);
    QCOMPARE(locked.first().sql,
             text.mid(locked.first().start, locked.first().end - locked.first().start));
    QCOMPARE(locked.first().sql, QStringLiteral("(c.city = 'x' AND c.city = 'y')"));
    // Written back, the piece keeps its parentheses: still one operand of its group.
    const Result<QString> sql = BuilderWriter::toSql(read.value());
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    QVERIFY(structurallyEqual(QueryParser::parse(text).statement,
                              QueryParser::parse(sql.value()).statement));
    BuilderModel model;
    model.restore(read.value());
    BuilderPath deepest;
    for (int level = 1; level < BuilderQuery::MaxGroupDepth; ++level)
        deepest << 1;
    QVERIFY(model.remove(deepest << 1).isOk());
    QVERIFY(
        model.insert(deepest.first(deepest.size() - 1), 1, BuilderNode::fromLocked(locked.first()))
            .isOk());
    QCOMPARE(model.query(), read.value());
}

void tst_BuilderLocked::unparsableSqlFails()
{
    const Result<BuilderQuery> read
        = BuilderReader::read(QStringLiteral("SELECT contact_id FROM WHERE ("), FieldCatalogue());
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().startsWith(QStringLiteral("The query does not parse")),
             qPrintable(read.error()));
}

// 100,000 unclosed parentheses give one diagnostic per level cut: the message names the first
// and counts the rest, in one line a banner can show.
void tst_BuilderLocked::manyErrorsMakeOneLine()
{
    const QString text = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ")
        + QString(100000, u'(') + QStringLiteral("a = 1");
    const Result<BuilderQuery> read = BuilderReader::read(text, FieldCatalogue());
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().contains(QStringLiteral(" more)")) && read.error().size() < 400,
             qPrintable(read.error().left(600)));
}

QTEST_GUILESS_MAIN(tst_BuilderLocked)
#include "tst_builderlocked.moc"
