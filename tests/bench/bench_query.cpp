// SPDX-License-Identifier: MIT
// Parse + lint of a 10 KB query (budget 0.5 ms median). Run by scripts/bench, not by ctest.
#include "query/formatter.h"
#include "query/lexer.h"
#include "query/linter.h"
#include "tenkilobytequery.h"

#include <QTest>

class bench_Query : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseAndLint10k();
    void tokenize10k();
    void parse10k();
    void lint10k();
    void format10k();

private:
    QString m_query;
    FieldCatalogue m_catalogue;
};

void bench_Query::initTestCase()
{
    m_query = tenKilobyteQuery();
    QVERIFY(!QueryParser::parseStatement(m_query).hasErrors());
}

void bench_Query::parseAndLint10k()
{
    QBENCHMARK
    {
        const auto diagnostics = QueryLinter::lint(m_query, m_catalogue);
        Q_UNUSED(diagnostics);
    }
}

// The two parts of parseAndLint10k, to see where its time goes.
void bench_Query::tokenize10k()
{
    QBENCHMARK
    {
        const LexResult lexed = tokenize(m_query);
        Q_UNUSED(lexed);
    }
}

void bench_Query::parse10k()
{
    QBENCHMARK
    {
        const ParsedQuery parsed = QueryParser::parse(m_query);
        Q_UNUSED(parsed);
    }
}

void bench_Query::lint10k()
{
    const ParsedQuery parsed = QueryParser::parse(m_query);
    QBENCHMARK
    {
        const auto diagnostics = QueryLinter::lint(parsed, m_catalogue, m_query);
        Q_UNUSED(diagnostics);
    }
}

void bench_Query::format10k()
{
    QBENCHMARK
    {
        const QString formatted = QueryFormatter::format(m_query);
        Q_UNUSED(formatted);
    }
}

QTEST_GUILESS_MAIN(bench_Query)
#include "bench_query.moc"
