// SPDX-License-Identifier: MIT
// The builder writes back the shape it read: an edit changes only what was edited, a JOIN stays
// a JOIN where it can, and SQL written as people write it is drawn, not locked.
#include "query/buildermodel.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "support/lockedpieces.h"
#include "support/seededstore.h"

#include <QTest>

namespace {

using Op = BuilderOperator;

const QString Joined = QStringLiteral(
    "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e "
    "ON c.contact_id = e.contact_id WHERE ");

QStringList setMinus(QStringList a, const QStringList &b)
{
    a.removeIf([&b](const QString &id) { return b.contains(id); });
    return a;
}

} // namespace

class tst_BuilderWriteBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editChangesOnlyWhatWasEdited_data();
    void editChangesOnlyWhatWasEdited();
    void neverDropsTheJoin();
    void insertKeepsTheJoin();
    void writtenAsPeopleWriteIt_data();
    void writtenAsPeopleWriteIt();

private:
    /// The model reading `text`; fails the test when anything is locked.
    void open(BuilderModel &model, const QString &text);
    QStringList members(const QString &text);

    SeededStore m_store;
    FieldCatalogue m_catalogue;
};

void tst_BuilderWriteBack::initTestCase()
{
    const VoidResult opened = m_store.open(&m_catalogue);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_BuilderWriteBack::open(BuilderModel &model, const QString &text)
{
    const VoidResult read = model.setSql(text, m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QVERIFY(!model.query().head);
    QCOMPARE(lockedPieces(model.root()).size(), 0);
    QCOMPARE(model.sql().value(), text);
}

QStringList tst_BuilderWriteBack::members(const QString &text)
{
    const Result<QStringList> ids = m_store.members(text);
    if (!ids.isOk()) {
        qWarning("%s: %s", qPrintable(text), qPrintable(ids.error()));
        return {QStringLiteral("(does not run)")};
    }
    return ids.value();
}

void tst_BuilderWriteBack::editChangesOnlyWhatWasEdited_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Op>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    const QString opened = Joined
        + "e.event_source = 'mail' AND e.event_type = 'open' AND e.event_timestamp >= NOW() - "
          "INTERVAL 30 DAY";
    // The condition edited is written in the builder's spelling (now()), in the shape it had.
    QTest::newRow("days of a joined engagement")
        << opened << Op::WasOpened << QStringList {"", "7"}
        << QString(opened).replace("NOW() - INTERVAL 30 DAY", "now() - INTERVAL 7 DAY");
    const QString recent
        = Joined + "e.event_type = 'open'\n  AND e.event_timestamp > now() - INTERVAL 30 DAY";
    QTest::newRow("event of a joined engagement, strict")
        << recent << Op::WasClicked << QStringList {"", "30"}
        << QString(recent).replace("'open'", "'click'");
    QTest::newRow("a field among joined terms")
        << Joined + "c.country = 'Germany'  AND e.event_type = 'bounce'" << Op::Is
        << QStringList {"Austria"} << Joined + "c.country = 'Austria'  AND e.event_type = 'bounce'";
}

void tst_BuilderWriteBack::editChangesOnlyWhatWasEdited()
{
    QFETCH(QString, text);
    QFETCH(Op, op);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    BuilderModel model;
    open(model, text);
    const BuilderPath first {0};
    QVERIFY(model.setOperator(first, op).isOk());
    QVERIFY(model.setValues(first, values).isOk());
    QCOMPARE(model.sql().value(), expected);
}

// "Opened" over a JOIN turned into "never opened": a JOIN cannot say never, so the condition
// becomes a sub-select and the JOIN goes; the contacts are the others.
void tst_BuilderWriteBack::neverDropsTheJoin()
{
    const QString text = Joined + "e.event_type = 'open' AND c.country = 'Germany'";
    BuilderModel model;
    open(model, text);
    QVERIFY(model.setOperator({0}, Op::NeverOpened).isOk());
    const QString sql = model.sql().value();
    QVERIFY2(!sql.contains(QStringLiteral("JOIN")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("NOT IN (")), qPrintable(sql));
    const QStringList germany = members(QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Germany'"));
    QCOMPARE(members(sql), setMinus(germany, members(text)));
    QVERIFY(!members(sql).isEmpty() && !members(text).isEmpty());
}

// A condition added to a query with a JOIN: the JOIN and every term read stay as they were.
void tst_BuilderWriteBack::insertKeepsTheJoin()
{
    const QString text = Joined
        + "e.event_source = 'mail' AND e.event_type = 'open' AND e.event_timestamp > "
          "(now() - interval 30 day)";
    BuilderModel model;
    open(model, text);
    const BuilderNode germany = BuilderNode::fromCondition(
        {QStringLiteral("country"), BuilderFieldType::Text, Op::Is, {QStringLiteral("Germany")}});
    QVERIFY(model.insert({}, 1, germany).isOk());
    const QString sql = model.sql().value();
    QVERIFY2(sql.contains(QStringLiteral("JOIN event_data AS e ON c.contact_id = e.contact_id")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("e.event_timestamp > (now() - interval 30 day)")),
             qPrintable(sql));
    const QStringList both = members(sql);
    QVERIFY(!both.isEmpty());
    QCOMPARE(both, members(text + QStringLiteral(" AND c.country = 'Germany'")));
}

void tst_BuilderWriteBack::writtenAsPeopleWriteIt_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("conditions");
    const QString ev = QStringLiteral(
        "c.contact_id IN (SELECT contact_id FROM event_data WHERE event_type = 'click' AND "
        "event_timestamp >= (NOW() - interval 90 day))");
    QTest::newRow("the marketer's segment")
        << "c.country IN ('Germany', 'Austria') AND array_contains(c.list_ids, '%VIP%') AND "
           "e.event_type = 'open' AND e.event_timestamp >= now() - INTERVAL 30 DAY AND NOT "
           "c.created_at >= NOW() - interval 7 day"
        << 4;
    QTest::newRow("two engagements and unqualified columns")
        << "e.event_type = 'open' AND country <> 'Germany' AND " + ev << 3;
    QTest::newRow("negated operators")
        << "e.event_type = 'delivered' AND c.first_name NOT LIKE 'A%' AND c.email NOT LIKE "
           "'%@gmail.com' AND c.country NOT IN ('Germany', 'France') AND c.birthday IS NOT NULL "
           "AND c.lifetime_value IS NOT NULL AND c.last_purchase_date IS NOT NULL"
        << 7;
}

void tst_BuilderWriteBack::writtenAsPeopleWriteIt()
{
    QFETCH(QString, where);
    QFETCH(int, conditions);
    const QString vip = m_store.starterSegments().value().value(12).second.section(u'\'', 1, 1);
    const QString text = Joined + QString(where).replace(QStringLiteral("%VIP%"), vip);
    BuilderModel model;
    open(model, text);
    QCOMPARE(model.root().children.size(), conditions);
    // Laid out anew (after an edit of the tree), the same contacts.
    BuilderQuery fresh = model.query();
    BuilderReader::forgetSource(fresh);
    const QString laidOut = BuilderWriter::toSql(fresh).value();
    QCOMPARE(members(laidOut), members(text));
    QVERIFY(!members(text).isEmpty());
}

QTEST_GUILESS_MAIN(tst_BuilderWriteBack)
#include "tst_builderwriteback.moc"
