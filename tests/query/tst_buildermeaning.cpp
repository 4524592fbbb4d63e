// SPDX-License-Identifier: MIT
// The builder's round trip keeps what a segment selects: locked pieces (head, conditions,
// GROUP BY tail) keep their whole text, parentheses and aliases included, through
// SQL → builder → JSON → SQL; empty groups never widen a segment to every contact.
#include "query/builderjson.h"
#include "query/buildermodel.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "query/linter.h"
#include "support/lockedpieces.h"
#include "support/seededstore.h"

#include <QTest>

namespace {

using J = BuilderNode::Junction;

const QString Head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c ");

BuilderNode is(const QString &field, const QString &value)
{
    return BuilderNode::fromCondition(
        {field, BuilderFieldType::Text, BuilderOperator::Is, {value}});
}

BuilderNode group(J junction, QList<BuilderNode> children = {}, bool negated = false)
{
    return BuilderNode::group(junction, std::move(children), negated);
}

} // namespace

Q_DECLARE_METATYPE(BuilderNode)

class tst_BuilderMeaning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedPiecesKeepTheirText_data();
    void lockedPiecesKeepTheirText();
    void emptyGroupsNeverWiden_data();
    void emptyGroupsNeverWiden();

private:
    SeededStore m_store;
    FieldCatalogue m_catalogue;
};

void tst_BuilderMeaning::initTestCase()
{
    const VoidResult opened = m_store.open(&m_catalogue);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_BuilderMeaning::lockedPiecesKeepTheirText_data()
{
    QTest::addColumn<QString>("text");
    const QString where = Head + QStringLiteral("WHERE ");
    // The head ended at the table's name: its alias was lost and the query no longer linted.
    QTest::newRow("aggregate and alias") << QStringLiteral(
        "SELECT c.contact_id, c.updated_at, MAX(c.updated_at) AS m FROM contact_data AS c "
        "WHERE c.city = 'Berlin' GROUP BY c.contact_id");
    QTest::newRow("alias without AS") << QStringLiteral(
        "SELECT c.contact_id, c.updated_at, MAX(c.updated_at) AS m FROM contact_data c "
        "WHERE c.city = 'Berlin' GROUP BY c.contact_id");
    QTest::newRow("quoted alias, no WHERE") << QStringLiteral(
        "SELECT `x y`.contact_id, `x y`.updated_at, MAX(`x y`.updated_at) AS `last` FROM "
        "contact_data AS `x y` GROUP BY `x y`.contact_id");
    QTest::newRow("join condition in parentheses")
        << QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c JOIN event_data "
                          "e ON (c.contact_id = e.contact_id) WHERE c.city = 'Berlin'");
    QTest::newRow("tail after a parenthesized WHERE") << QStringLiteral(
        "SELECT c.contact_id, c.updated_at, MAX(c.updated_at) AS m FROM contact_data AS c "
        "WHERE (c.city = 'Berlin' OR c.city = 'Paris') GROUP BY c.contact_id "
        "HAVING (MAX(c.updated_at) > '2020-01-01T00:00:00Z')");
    // A condition's text started at its first operand, after the parenthesis around it.
    QTest::newRow("parenthesis first") << where + QStringLiteral("(c.lifetime_value + 1) * 2 > 10");
    QTest::newRow("parenthesis last")
        << where + QStringLiteral("c.city = 'Berlin' AND 10 < 2 * (c.lifetime_value + 1)");
    QTest::newRow("both ends") << where
            + QStringLiteral("(c.lifetime_value + 1) * (c.loyalty_points - 1) > (10)");
    QTest::newRow("doubled") << where
            + QStringLiteral("((c.lifetime_value + 1)) * 2 > 10 OR c.city = 'Berlin'");
    QTest::newRow("minus") << where + QStringLiteral("-(c.lifetime_value) < -(5 + 5)");
    QTest::newRow("like") << where + QStringLiteral("(c.first_name) LIKE 'a%b'");
    QTest::newRow("between") << where
            + QStringLiteral("c.lifetime_value BETWEEN (1 + 1) AND (2 + 2)");
    QTest::newRow("is null") << where + QStringLiteral("(c.lifetime_value + 1) IS NULL");
    QTest::newRow("in") << where + QStringLiteral("(c.lifetime_value + 1) IN (2, (3))");
    QTest::newRow("not") << where + QStringLiteral("NOT (c.lifetime_value + 1) * 2 > 10");
    QTest::newRow("sub-select") << where
            + QStringLiteral("c.contact_id IN (SELECT e.contact_id FROM event_data e WHERE "
                             "(lower(e.event_type) = 'open'))");
}

// Each piece is the exact text it was read from and stands alone; written back (through the
// JSON that `segmentdesk-cli builder` prints and `builder --to-sql` reads) the query is the
// same tree, lints as cleanly and selects the same contacts.
void tst_BuilderMeaning::lockedPiecesKeepTheirText()
{
    QFETCH(QString, text);
    QVERIFY(!hasErrors(QueryLinter::lint(text, m_catalogue)));
    const Result<BuilderQuery> read = BuilderReader::read(text, m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QList<BuilderLocked> pieces = lockedPieces(read.value().root);
    for (const BuilderLocked &piece : pieces) {
        const ParsedQuery alone = QueryParser::parseExpression(piece.sql);
        QVERIFY2(!alone.hasErrors(), qPrintable(piece.sql));
    }
    pieces << read.value().head.value_or(BuilderLocked {})
           << read.value().tail.value_or(BuilderLocked {});
    for (const BuilderLocked &piece : pieces)
        QCOMPARE(piece.sql, text.mid(piece.start, piece.end - piece.start));

    const Result<BuilderQuery> fromJson = BuilderJson::fromJson(BuilderJson::toJson(read.value()));
    QVERIFY2(fromJson.isOk(), qPrintable(fromJson.error()));
    const Result<QString> written = BuilderWriter::toSql(fromJson.value());
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const QString &sql = written.value();
    const QList<Diagnostic> lint = QueryLinter::lint(sql, m_catalogue);
    QVERIFY2(!hasErrors(lint), qPrintable(lint.value(0).toString() + u'\n' + sql));
    QVERIFY2(
        structurallyEqual(QueryParser::parse(text).statement, QueryParser::parse(sql).statement),
        qPrintable(sql));
    const Result<QStringList> before = m_store.members(text);
    const Result<QStringList> after = m_store.members(sql);
    QVERIFY2(before.isOk() && after.isOk(), qPrintable(before.error() + after.error()));
    QCOMPARE(after.value(), before.value());
}

void tst_BuilderMeaning::emptyGroupsNeverWiden_data()
{
    QTest::addColumn<BuilderNode>("root");
    QTest::addColumn<QString>("meaning"); ///< the WHERE it selects as; empty: nothing written
    const BuilderNode paris = is(QStringLiteral("city"), QStringLiteral("Paris"));
    const BuilderNode france = is(QStringLiteral("country"), QStringLiteral("France"));
    // Written as every contact before: the builder now says the group is empty instead.
    QTest::newRow("empty ANY group") << group(J::And, {group(J::Or)}) << QString();
    QTest::newRow("NOT of an empty group") << group(J::And, {group(J::And, {}, true)}) << QString();
    QTest::newRow("empty root under NOT") << group(J::Or, {}, true) << QString();
    QTest::newRow("empty groups in empty groups")
        << group(J::Or, {group(J::And, {group(J::Or)}), group(J::Or, {}, true)}) << QString();
    // Beside conditions an empty group contributes nothing, whatever joins or negates it.
    QTest::newRow("ALL with an empty ANY")
        << group(J::And, {paris, group(J::Or)}) << QStringLiteral("c.city = 'Paris'");
    QTest::newRow("ANY with an empty NOT")
        << group(J::Or, {paris, group(J::And, {}, true)}) << QStringLiteral("c.city = 'Paris'");
    QTest::newRow("empty group inside a NOT")
        << group(J::And, {france, group(J::Or, {paris, group(J::And)}, true)})
        << QStringLiteral("c.country = 'France' AND NOT c.city = 'Paris'");
}

// BuilderModel → SQL → the sandbox's count.
void tst_BuilderMeaning::emptyGroupsNeverWiden()
{
    QFETCH(BuilderNode, root);
    QFETCH(QString, meaning);
    BuilderQuery query;
    query.alias = QStringLiteral("c");
    query.root = root;
    BuilderModel model;
    model.restore(query);
    const Result<QString> sql = model.sql();
    if (meaning.isEmpty()) {
        QVERIFY2(!sql.isOk(), qPrintable(sql.isOk() ? sql.value() : QString()));
        QCOMPARE(sql.error(),
                 QStringLiteral("The group is empty: add a condition to it or remove it"));
        return;
    }
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    const Result<QStringList> members = m_store.members(sql.value());
    const Result<QStringList> expected = m_store.members(Head + QStringLiteral("WHERE ") + meaning);
    QVERIFY2(members.isOk() && expected.isOk(), qPrintable(members.error() + expected.error()));
    QVERIFY(!expected.value().isEmpty() && expected.value().size() < SeededStore::ContactCount);
    QCOMPARE(members.value(), expected.value());
}

QTEST_GUILESS_MAIN(tst_BuilderMeaning)
#include "tst_buildermeaning.moc"
