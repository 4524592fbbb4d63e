// SPDX-License-Identifier: MIT
// The visual builder over a 10 KB query: builder → SQL (budget 1 ms) and SQL → builder
// (budget 2 ms, parsing included), next to the formatter on the same text as a reference.
// Run by scripts/bench, not by ctest.
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "query/formatter.h"
#include "tenkilobytequery.h"

#include <QTest>

class bench_Builder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builderToSql10k();
    void sqlToBuilder10k();
    void formatReference10k();

private:
    QString m_query;
    FieldCatalogue m_catalogue;
    BuilderQuery m_builder;
};

void bench_Builder::initTestCase()
{
    m_query = tenKilobyteQuery();
    const Result<BuilderQuery> read = BuilderReader::read(m_query, m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    m_builder = read.value();
    // Every condition of the query is drawn: the benchmark measures conditions, not pieces.
    QCOMPARE(m_builder.root.children.size(), 1 + (m_query.count(u'\n')));
    for (const BuilderNode &group : m_builder.root.children.mid(1))
        for (const BuilderNode &child : group.children)
            QCOMPARE(child.kind, BuilderNode::Kind::Condition);
    const Result<QString> sql = BuilderWriter::toSql(m_builder);
    QVERIFY2(sql.isOk(), qPrintable(sql.error()));
    // The head (with its JOIN) stays locked; the conditions are written as the formatter does.
    QCOMPARE(sql.value().section(QStringLiteral("\nWHERE"), 1),
             QueryFormatter::format(m_query).section(QStringLiteral("\nWHERE"), 1));
}

void bench_Builder::builderToSql10k()
{
    QBENCHMARK
    {
        const Result<QString> sql = BuilderWriter::toSql(m_builder);
        Q_UNUSED(sql.isOk());
    }
}

void bench_Builder::sqlToBuilder10k()
{
    QBENCHMARK
    {
        const Result<BuilderQuery> read = BuilderReader::read(m_query, m_catalogue);
        Q_UNUSED(read.isOk());
    }
}

void bench_Builder::formatReference10k()
{
    QBENCHMARK
    {
        const QString formatted = QueryFormatter::format(m_query);
        Q_UNUSED(formatted);
    }
}

QTEST_GUILESS_MAIN(bench_Builder)
#include "bench_builder.moc"
