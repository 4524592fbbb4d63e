// SPDX-License-Identifier: MIT
// No query, however long or deep, ends a process with a signal: long AND/OR chains are read,
// linted, formatted, printed, compiled and evaluated; real nesting past QueryLimits::MaxDepth is
// the diagnostic "nested too deeply" in every walk, and never a stack overflow.
#include "query/fieldcatalogue.h"
#include "query/formatter.h"
#include "query/linter.h"
#include "query/parser.h"
#include "query/querylimits.h"
#include "query/sgqlcompiler.h"
#include "query/sqlitecompiler.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Select = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");

QString chain(int terms, const QString &op)
{
    QStringList parts;
    parts.reserve(terms);
    for (int i = 0; i < terms; ++i)
        parts << QStringLiteral("email = 'c%1@example.com'").arg(i);
    return parts.join(u' ' + op + u' ');
}

/// `open` repeated `times`, then `middle`, then `close` repeated `times`.
QString nested(int times, const QString &open, const QString &middle, const QString &close)
{
    return open.repeated(times) + middle + close.repeated(times);
}

bool mentionsDepth(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
        return d.isError() && d.message.contains(QStringLiteral("nested too deeply"));
    });
}

} // namespace

class tst_QueryLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWalkSurvives_data();
    void everyWalkSurvives();
    void depthLimitIsExact_data();
    void depthLimitIsExact();
    void longChainIsEvaluated_data();
    void longChainIsEvaluated();
    void longChainFormatsAndRoundTrips();
    void cliLintReportsInsteadOfCrashing();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void tst_QueryLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("limits"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("limits.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE contact_data (contact_id TEXT PRIMARY KEY, "
                                  "email TEXT, updated_at TEXT, list_ids TEXT)")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO contact_data VALUES ('a', 'c7@example.com', '', '[]'), "
        "('b', 'c99999@example.com', '', '[]'), ('c', 'nobody@example.com', '', '[]')")));
}

// Each shape through the parser, linter, formatter, one-line printer and both compilers.
void tst_QueryLimits::everyWalkSurvives_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("tooDeep");
    const QString term = QStringLiteral("email = 'x'");
    QTest::newRow("100,000 OR") << chain(100000, QStringLiteral("OR")) << false;
    QTest::newRow("100,000 AND") << chain(100000, QStringLiteral("AND")) << false;
    QTest::newRow("17,400 +") << QStringLiteral("1") + QStringLiteral(" + 1").repeated(17400)
            + QStringLiteral(" = 2")
                              << true;
    QTest::newRow("17,400 *") << QStringLiteral("2") + QStringLiteral(" * 2").repeated(17400)
            + QStringLiteral(" = 2")
                              << true;
    QTest::newRow("20,000 NOT") << QStringLiteral("NOT ").repeated(20000) + term << true;
    QTest::newRow("20,000 minus") << QStringLiteral("- ").repeated(20000) + QStringLiteral("1 = 1")
                                  << true;
    QTest::newRow("parentheses") << nested(20000, QStringLiteral("("), term, QStringLiteral(")"))
                                 << true;
    QTest::newRow("unclosed parentheses") << QStringLiteral("(").repeated(20000) + term << true;
    QTest::newRow("function calls")
        << nested(20000, QStringLiteral("lower("), QStringLiteral("email"), QStringLiteral(")"))
            + QStringLiteral(" = 'x'")
        << true;
    QTest::newRow("arrays") << QStringLiteral("array_contains(list_ids, ")
            + nested(20000, QStringLiteral("["), QStringLiteral("'x'"), QStringLiteral("]"))
            + u')' << true;
    QTest::newRow("intervals") << QStringLiteral("created_at > now() - ")
            + QStringLiteral("INTERVAL ").repeated(20000) + QStringLiteral("1 DAY")
                               << true;
    QTest::newRow("sub-selects") << nested(
        3000, QStringLiteral("contact_id IN (SELECT contact_id FROM contact_data WHERE "), term,
        QStringLiteral(")")) << true;
    QTest::newRow("NOT and parentheses")
        << nested(20000, QStringLiteral("NOT ("), term, QStringLiteral(")")) << true;
    QTest::newRow("comparison chain")
        << QStringLiteral("(1 = ").repeated(20000) + u'1' + QStringLiteral(")").repeated(20000)
        << true;
    QTest::newRow("OR of deep") << chain(50, QStringLiteral("OR")) + QStringLiteral(" OR ")
            + QStringLiteral("NOT ").repeated(5000)
            + term << true;
}

void tst_QueryLimits::everyWalkSurvives()
{
    QFETCH(QString, where);
    QFETCH(bool, tooDeep);
    const QString text = Select + where;
    const ParsedQuery parsed = QueryParser::parse(text);
    QVERIFY(parsed.statement);
    QCOMPARE(mentionsDepth(parsed.diagnostics), tooDeep);
    const QList<Diagnostic> linted = QueryLinter::lint(parsed, FieldCatalogue(), text);
    QCOMPARE(mentionsDepth(linted), tooDeep);
    QCOMPARE(hasErrors(linted), tooDeep);
    const QString formatted = QueryFormatter::format(parsed, text);
    QVERIFY(!formatted.isEmpty());
    QVERIFY(!QueryFormatter::expressionText(*parsed.statement->where).isEmpty());
    // The compilers walk whatever the parser hands out, errors included: bounded all the same.
    const CompiledSql compiled = SqliteCompiler::compile(*parsed.statement, QDateTime());
    QCOMPARE(compiled.ok(), !tooDeep);
    (void)SgqlCompiler::translate(*parsed.statement);
    // The expression form (contacts search) reads through the same parser.
    QCOMPARE(mentionsDepth(QueryParser::parseExpression(where).diagnostics), tooDeep);
}

// MaxDepth levels are accepted, one more is not, for each kind of nesting.
void tst_QueryLimits::depthLimitIsExact_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    // The comparison and the column below the nesting are two levels of their own.
    QTest::newRow("NOT") << QStringLiteral("NOT ") << QString();
    QTest::newRow("NOT (") << QStringLiteral("NOT (") << QStringLiteral(")");
    QTest::newRow("lower(") << QStringLiteral("lower(") << QStringLiteral(")");
}

void tst_QueryLimits::depthLimitIsExact()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    const int levels = QueryLimits::MaxDepth - 2;
    auto query = [&](int n) {
        return open.startsWith(u'l')
            ? Select + nested(n, open, QStringLiteral("email"), close) + QStringLiteral(" = 'x'")
            : Select + nested(n, open, QStringLiteral("email = 'x'"), close);
    };
    const ParsedQuery atLimit = QueryParser::parse(query(levels));
    QVERIFY2(!atLimit.hasErrors(), qPrintable(atLimit.diagnostics.value(0).message));
    QVERIFY(mentionsDepth(QueryParser::parse(query(levels + 1)).diagnostics));
}

// SQLite would refuse the chain as one tree 100,000 levels deep (its limit is 1000) and
// overflow its parser stack on the deepest query we accept: neither happens.
void tst_QueryLimits::longChainIsEvaluated_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("100,000 OR") << chain(100000, QStringLiteral("OR")) << QStringList {"a", "b"};
    const int nots = QueryLimits::MaxDepth - 3; // + the comparison + its operands
    QTest::newRow("NOT ( at the limit")
        << nested(nots, QStringLiteral("NOT ("), QStringLiteral("email = 'c7@example.com'"),
                  QStringLiteral(")"))
        << (nots % 2 ? QStringList {"b", "c"} : QStringList {"a"});
    QTest::newRow("lower( at the limit")
        << nested(QueryLimits::MaxDepth - 2, QStringLiteral("lower("), QStringLiteral("email"),
                  QStringLiteral(")"))
            + QStringLiteral(" = 'c7@example.com'")
        << QStringList {"a"};
    QTest::newRow("+ at the limit") << QStringLiteral("length(email) + 0").repeated(1)
            + QStringLiteral(" + 0").repeated(QueryLimits::MaxDepth - 4) + QStringLiteral(" = 14")
                                    << QStringList {"a"};
}

void tst_QueryLimits::longChainIsEvaluated()
{
    QFETCH(QString, where);
    QFETCH(QStringList, expected);
    const ParsedQuery parsed = QueryParser::parse(Select + where);
    QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.diagnostics.value(0).message));
    const CompiledSql compiled = SqliteCompiler::compile(*parsed.statement, QDateTime());
    QVERIFY2(compiled.ok(), qPrintable(compiled.error));
    QSqlQuery q(m_db);
    QVERIFY2(q.prepare(compiled.sql), qPrintable(q.lastError().text()));
    for (const QVariant &value : compiled.bindings)
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    ids.sort();
    QCOMPARE(ids, expected);
}

void tst_QueryLimits::longChainFormatsAndRoundTrips()
{
    const QString text = Select + chain(100000, QStringLiteral("OR"));
    const ParsedQuery parsed = QueryParser::parse(text);
    QCOMPARE(parsed.statement->where->kind, Expr::Kind::Logical);
    QCOMPARE(parsed.statement->where->children.size(), 100000);
    const QString formatted = QueryFormatter::format(parsed, text);
    QCOMPARE(formatted.count(u'\n'), 100000 + 1); // SELECT, FROM, then one line per term
    const ParsedQuery again = QueryParser::parse(formatted);
    QVERIFY(structurallyEqual(parsed.statement, again.statement));
}

// The CLI once died with SIGSEGV on these; now it reports and exits 1.
void tst_QueryLimits::cliLintReportsInsteadOfCrashing()
{
    for (const QString &where :
         {QStringLiteral("1") + QStringLiteral(" + 1").repeated(17400) + QStringLiteral(" = 2"),
          QStringLiteral("NOT ").repeated(20000) + QStringLiteral("a = 1")}) {
        QFile file(m_dir.filePath(QStringLiteral("deep.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((Select + where).toUtf8());
        file.close();
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(SEGMENTDESK_CLI_PATH), {QStringLiteral("lint"), file.fileName()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAll().contains("nested too deeply"));
    }
}

QTEST_GUILESS_MAIN(tst_QueryLimits)
#include "tst_querylimits.moc"
