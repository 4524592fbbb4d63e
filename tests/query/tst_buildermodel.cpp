// SPDX-License-Identifier: MIT
// The builder model's edits: each one changes the tree as asked, says so by signal, refuses
// what it cannot do without changing anything, and returns what undoes it.
#include "query/buildermodel.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"

#include <QSignalSpy>
#include <QTest>

namespace {

using J = BuilderNode::Junction;

BuilderNode text(const QString &field, const QString &value)
{
    return BuilderNode::fromCondition(
        {field, BuilderFieldType::Text, BuilderOperator::Is, {value}});
}

/// a AND (b OR c) AND d
BuilderQuery sample()
{
    BuilderQuery query;
    query.root = BuilderNode::group(J::And,
                                    {text("a", "1"),
                                     BuilderNode::group(J::Or, {text("b", "2"), text("c", "3")}),
                                     text("d", "4")});
    return query;
}

QString sql(const BuilderModel &model)
{
    return BuilderWriter::toSql(model.query()).value().section(u'\n', 2).simplified();
}

} // namespace

class tst_BuilderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void insertAndUndo();
    void removeAndUndo();
    void duplicateAndUndo();
    void move_data();
    void move();
    void moveIntoItselfIsRefused();
    void changeConditionAndUndo();
    void operatorMustFitTheType();
    void groupJunctionAndNot();
    void lockedPieceMustBeOneCondition_data();
    void lockedPieceMustBeOneCondition();
    void restoreSnapshot();
    void sqlWithErrorsKeepsTheLastGoodReading();
    void snapshotKeepsNestedValues();

private:
    std::unique_ptr<BuilderModel> m_model;
};

void tst_BuilderModel::init()
{
    m_model = std::make_unique<BuilderModel>();
    m_model->restore(sample());
}

void tst_BuilderModel::insertAndUndo()
{
    QSignalSpy inserted(m_model.get(), &BuilderModel::inserted);
    QSignalSpy changed(m_model.get(), &BuilderModel::changed);
    const Result<BuilderPath> path = m_model->insert({1}, 2, text("e", "5"));
    QVERIFY2(path.isOk(), qPrintable(path.error()));
    QCOMPARE(path.value(), (BuilderPath {1, 2}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().first().value<BuilderPath>(), (BuilderPath {1, 2}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sql(*m_model), "WHERE a = '1' AND ( b = '2' OR c = '3' OR e = '5' ) AND d = '4'");
    QVERIFY(m_model->remove(path.value()).isOk());
    QCOMPARE(m_model->query(), sample());
    QVERIFY(!m_model->insert({1}, 4, text("e", "5")).isOk());
    QVERIFY(!m_model->insert({0}, 0, text("e", "5")).isOk()); // a condition is no group
}

void tst_BuilderModel::removeAndUndo()
{
    QSignalSpy removed(m_model.get(), &BuilderModel::removed);
    const Result<BuilderNode> node = m_model->remove({1});
    QVERIFY(node.isOk());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(sql(*m_model), "WHERE a = '1' AND d = '4'");
    QVERIFY(m_model->insert({}, 1, node.value()).isOk());
    QCOMPARE(m_model->query(), sample());
    QVERIFY(!m_model->remove({}).isOk());
    QVERIFY(!m_model->remove({7}).isOk());
}

void tst_BuilderModel::duplicateAndUndo()
{
    const Result<BuilderPath> copy = m_model->duplicate({1});
    QVERIFY(copy.isOk());
    QCOMPARE(copy.value(), (BuilderPath {2}));
    QCOMPARE(*m_model->node({2}), *m_model->node({1}));
    QVERIFY(m_model->remove(copy.value()).isOk());
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::move_data()
{
    QTest::addColumn<BuilderPath>("from");
    QTest::addColumn<BuilderPath>("parent");
    QTest::addColumn<int>("index");
    QTest::addColumn<BuilderPath>("to");
    QTest::addColumn<QString>("where");
    QTest::newRow("down in its group") << BuilderPath {0} << BuilderPath {} << 3 << BuilderPath {2}
                                       << "WHERE ( b = '2' OR c = '3' ) AND d = '4' AND a = '1'";
    QTest::newRow("up in its group") << BuilderPath {2} << BuilderPath {} << 0 << BuilderPath {0}
                                     << "WHERE d = '4' AND a = '1' AND ( b = '2' OR c = '3' )";
    QTest::newRow("into a later group")
        << BuilderPath {0} << BuilderPath {1} << 1 << BuilderPath {0, 1}
        << "WHERE ( b = '2' OR a = '1' OR c = '3' ) AND d = '4'";
    QTest::newRow("out of a group") << BuilderPath {1, 0} << BuilderPath {} << 3 << BuilderPath {3}
                                    << "WHERE a = '1' AND c = '3' AND d = '4' AND b = '2'";
    QTest::newRow("out of a group, before it")
        << BuilderPath {1, 1} << BuilderPath {} << 0 << BuilderPath {0}
        << "WHERE c = '3' AND a = '1' AND b = '2' AND d = '4'";
    QTest::newRow("into a group that shifts")
        << BuilderPath {0} << BuilderPath {1} << 2 << BuilderPath {0, 2}
        << "WHERE ( b = '2' OR c = '3' OR a = '1' ) AND d = '4'";
    QTest::newRow("into a nested group")
        << BuilderPath {2} << BuilderPath {1} << 0 << BuilderPath {1, 0}
        << "WHERE a = '1' AND ( d = '4' OR b = '2' OR c = '3' )";
}

void tst_BuilderModel::move()
{
    QFETCH(BuilderPath, from);
    QFETCH(BuilderPath, parent);
    QFETCH(int, index);
    QFETCH(BuilderPath, to);
    QFETCH(QString, where);
    QSignalSpy movedSpy(m_model.get(), &BuilderModel::moved);
    const BuilderNode node = *m_model->node(from);
    const Result<BuilderModel::Moved> moved = m_model->move(from, parent, index);
    QVERIFY2(moved.isOk(), qPrintable(moved.error()));
    QCOMPARE(moved.value().path, to);
    QCOMPARE(*m_model->node(to), node);
    QCOMPARE(movedSpy.size(), 1);
    QCOMPARE(sql(*m_model), where);
    const Result<BuilderModel::Moved> undone
        = m_model->move(to, moved.value().undoParent, moved.value().undoIndex);
    QVERIFY2(undone.isOk(), qPrintable(undone.error()));
    QCOMPARE(undone.value().path, from);
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::moveIntoItselfIsRefused()
{
    QVERIFY(!m_model->move({1}, {1}, 0).isOk());
    QVERIFY(!m_model->move({}, {1}, 0).isOk());
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::changeConditionAndUndo()
{
    QSignalSpy nodeChanged(m_model.get(), &BuilderModel::nodeChanged);
    const auto before = m_model->setOperator({1, 0}, BuilderOperator::StartsWith);
    QVERIFY(before.isOk());
    QCOMPARE(nodeChanged.first().first().value<BuilderPath>(), (BuilderPath {1, 0}));
    QVERIFY(m_model->setValues({1, 0}, {QStringLiteral("x")}).isOk());
    QCOMPARE(sql(*m_model), "WHERE a = '1' AND ( b LIKE 'x%' OR c = '3' ) AND d = '4'");
    QVERIFY(m_model->setCondition({1, 0}, before.value()).isOk());
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::operatorMustFitTheType()
{
    QVERIFY(!m_model->setOperator({0}, BuilderOperator::GreaterThan).isOk());
    QVERIFY(!m_model->setOperator({1}, BuilderOperator::Is).isOk()); // a group
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::groupJunctionAndNot()
{
    const auto before = m_model->setGroup({1}, J::And, true);
    QVERIFY(before.isOk());
    QCOMPARE(sql(*m_model), "WHERE a = '1' AND NOT (b = '2' AND c = '3') AND d = '4'");
    QVERIFY(m_model->replace({1}, before.value()).isOk());
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::lockedPieceMustBeOneCondition_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one condition") << "lower(city) = 'x'" << true;
    QTest::newRow("a chain") << "a = 1 OR b = 2" << false;
    QTest::newRow("a chain in parentheses") << " (a = 1 OR b = 2) " << true;
    QTest::newRow("parenthesized operands") << "(a = 1) OR (b = 2)" << false;
    QTest::newRow("does not parse") << "a = (" << false;
}

void tst_BuilderModel::lockedPieceMustBeOneCondition()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    const auto old = m_model->replace({0}, BuilderNode::fromLocked({sql, -1, -1}));
    QCOMPARE(old.isOk(), accepted);
    if (!accepted)
        QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::restoreSnapshot()
{
    const BuilderQuery snapshot = m_model->snapshot();
    QSignalSpy reset(m_model.get(), &BuilderModel::reset);
    QVERIFY(m_model->remove({0}).isOk());
    QVERIFY(m_model->remove({0}).isOk());
    m_model->restore(snapshot);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->query(), sample());
}

void tst_BuilderModel::sqlWithErrorsKeepsTheLastGoodReading()
{
    const FieldCatalogue catalogue;
    const QString good = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE "
                                        "city = 'Köln' OR country = 'Germany'");
    QSignalSpy reset(m_model.get(), &BuilderModel::reset);
    QVERIFY(m_model->setSql(good, catalogue).isOk());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->root().junction, J::Or);
    QCOMPARE(m_model->root().children.size(), 2);
    const BuilderQuery lastGood = m_model->snapshot();
    const VoidResult bad = m_model->setSql(good + QStringLiteral(" AND ("), catalogue);
    QVERIFY(!bad.isOk());
    QVERIFY2(bad.error().contains(QStringLiteral("does not parse")), qPrintable(bad.error()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->query(), lastGood);
    QCOMPARE(m_model->sql().value(), good); // the good text as it was read
}

// An edit deep in the tree leaves earlier copies alone (they share lists until one changes).
void tst_BuilderModel::snapshotKeepsNestedValues()
{
    const BuilderQuery snapshot = m_model->snapshot();
    QVERIFY(m_model->setValues({1, 0}, {QStringLiteral("9")}).isOk());
    QCOMPARE(m_model->node({1, 0})->condition.values, QStringList {"9"});
    QCOMPARE(snapshot, sample());
}

QTEST_GUILESS_MAIN(tst_BuilderModel)
#include "tst_buildermodel.moc"
