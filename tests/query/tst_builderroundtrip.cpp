// SPDX-License-Identifier: MIT
// SQL → builder → SQL over the project's example corpus and the sandbox's starter segments:
// the written SQL parses and selects exactly the same contacts in the sandbox's evaluator on
// its seeded data (or, where the sandbox cannot run the original, has the same tree).
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "support/queryexamples.h"
#include "support/seededstore.h"

#include <QTest>

class tst_BuilderRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void starterSegments_data();
    void starterSegments();

private:
    void roundTrip(const QString &text, bool expression);

    SeededStore m_store;
    FieldCatalogue m_catalogue;
};

void tst_BuilderRoundTrip::initTestCase()
{
    const VoidResult opened = m_store.open(&m_catalogue);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_BuilderRoundTrip::corpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expression");
    const QList<QueryExample> examples = loadQueryExamples();
    QVERIFY(examples.size() > 20);
    for (const QueryExample &example : examples)
        QTest::newRow(qPrintable(example.title)) << example.text << example.v1Expression;
}

void tst_BuilderRoundTrip::corpus()
{
    QFETCH(QString, text);
    QFETCH(bool, expression);
    roundTrip(text, expression);
}

void tst_BuilderRoundTrip::starterSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expression");
    const auto segments = m_store.starterSegments();
    QVERIFY2(segments.isOk(), qPrintable(segments.error()));
    QVERIFY(segments.value().size() >= 12);
    for (const auto &[name, query] : segments.value())
        QTest::newRow(qPrintable(name)) << query << false;
}

void tst_BuilderRoundTrip::starterSegments()
{
    QFETCH(QString, text);
    roundTrip(text, false);
}

void tst_BuilderRoundTrip::roundTrip(const QString &text, bool expression)
{
    const Result<BuilderQuery> read = BuilderReader::read(text, m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    const Result<QString> written = BuilderWriter::toSql(read.value());
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const QString &sql = written.value();
    const ParsedQuery before = QueryParser::parse(text);
    const ParsedQuery after = QueryParser::parse(sql);
    QVERIFY2(!after.hasErrors(), qPrintable(sql));
    QCOMPARE(after.form, before.form);
    // The builder's SQL is its own fixed point.
    const Result<BuilderQuery> again = BuilderReader::read(sql, m_catalogue);
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    QCOMPARE(BuilderWriter::toSql(again.value()).value(), sql);
    // SGQL v1 conditions run as the WHERE of a V2 statement.
    const auto statement = [expression](const QString &query) {
        return expression
            ? QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ") + query
            : query;
    };
    const Result<QStringList> original = m_store.members(statement(text));
    if (!original.isOk()) {
        // Columns this store does not have (my_text_custom_field, event_source on contacts):
        // then nothing may have changed at all.
        const bool same = expression ? structurallyEqual(before.expression, after.expression)
                                     : structurallyEqual(before.statement, after.statement);
        QVERIFY2(same, qPrintable(original.error() + u'\n' + sql));
        return;
    }
    const Result<QStringList> members = m_store.members(statement(sql));
    QVERIFY2(members.isOk(), qPrintable(members.error() + u'\n' + sql));
    QCOMPARE(members.value(), original.value());
    qInfo("%lld contacts: %s", qlonglong(members.value().size()),
          qPrintable(QString(sql).replace(u'\n', u' ')));
}

QTEST_GUILESS_MAIN(tst_BuilderRoundTrip)
#include "tst_builderroundtrip.moc"
