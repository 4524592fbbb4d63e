// SPDX-License-Identifier: MIT
// Literals through every stage: numbers beyond what the compilers can hold are errors, never 0;
// a quote doubled inside a string ('O''Brien') is read, written back, bound and counted.
#include "query/buildercondition.h"
#include "query/builderjson.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/codescan.h"
#include "query/fieldcatalogue.h"
#include "query/formatter.h"
#include "query/lexer.h"
#include "query/linter.h"
#include "query/sgqlcompiler.h"
#include "query/sqlitecompiler.h"
#include "sandbox/segmentevaluator.h"
#include "support/seededstore.h"

#include <QTest>

namespace {

const QString Head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c ");

FieldCatalogue withLifetimeValue()
{
    return FieldCatalogue({{QStringLiteral("e1_N"), QStringLiteral("lifetime_value"),
                            FieldDefinition::Type::Number, false, false}});
}

/// The string tokens of `text`, as values.
QStringList strings(const QString &text)
{
    QStringList out;
    for (const Token &t : tokenize(text).tokens)
        if (t.kind == Token::Kind::String)
            out << t.text.toString();
    return out;
}

} // namespace

class tst_Literals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numberOutOfRangeIsAnError_data();
    void numberOutOfRangeIsAnError();
    void compilersRefuseANumberOutOfRange();
    void builderRefusesANumberOutOfRange();
    void doubledQuoteIsOneQuote_data();
    void doubledQuoteIsOneQuote();
    void doubledQuoteThroughFormatterAndBuilder();
    void doubledQuoteThroughCompilers();
    void doubledQuoteCountsInTheSandbox();

private:
    SeededStore m_store;
};

void tst_Literals::initTestCase()
{
    const VoidResult opened = m_store.open();
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

void tst_Literals::numberOutOfRangeIsAnError_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    const QString whole = QStringLiteral(
        "This whole number is too large: whole numbers go up to 9223372036854775807");
    const QString decimal = QStringLiteral("This number is out of range: too large, or too close "
                                           "to 0, for a number with a decimal point");
    QTest::newRow("2^63") << QStringLiteral("9223372036854775808") << whole;
    QTest::newRow("20 digits") << QStringLiteral("99999999999999999999") << whole;
    QTest::newRow("400 digits") << QString(400, u'9') << whole;
    QTest::newRow("decimal beyond double") << QString(400, u'9') + QStringLiteral(".5") << decimal;
}

// `lifetime_value > 9223372036854775808` compiled to `> 0`: it matched every contact, and lint
// was clean. Now the lexer says where the number is and why; no stage takes the query.
void tst_Literals::numberOutOfRangeIsAnError()
{
    QFETCH(QString, number);
    QFETCH(QString, message);
    const QString text = Head + QStringLiteral("WHERE c.lifetime_value > ") + number;
    const QList<Diagnostic> lint = QueryLinter::lint(text, withLifetimeValue());
    QCOMPARE(lint.size(), 1);
    QVERIFY(lint.first().isError());
    QCOMPARE(lint.first().message, message);
    QCOMPARE(lint.first().range.offset, int(text.size() - number.size()));
    QCOMPARE(lint.first().range.length, int(number.size()));
    QVERIFY(!BuilderReader::read(text, withLifetimeValue()).isOk());
    QVERIFY(!m_store.members(text).isOk());
    SandboxStore &store = m_store.store();
    QVERIFY(!SegmentEvaluator(store, QDateTime::currentDateTimeUtc()).evaluate(text, {}).isOk());

    // The largest whole number, and a long decimal that a double holds, stay valid.
    for (const QString &fits :
         {QStringLiteral("9223372036854775807"), QStringLiteral("0.") + QString(400, u'1'),
          QString(300, u'9') + QStringLiteral(".5")})
        QVERIFY2(QueryLinter::lint(Head + QStringLiteral("WHERE c.lifetime_value > ") + fits,
                                   withLifetimeValue())
                     .isEmpty(),
                 qPrintable(fits.left(30)));
}

// A tree built in code can still hold such a number: neither compiler turns it into 0.
void tst_Literals::compilersRefuseANumberOutOfRange()
{
    for (const QString &where : {QStringLiteral("c.lifetime_value > 1"),
                                 QStringLiteral("c.lifetime_value = 1 OR c.lifetime_value = 2"),
                                 QStringLiteral("c.lifetime_value IN (1, 2)")}) {
        const ParsedQuery parsed
            = QueryParser::parseStatement(Head + QStringLiteral("WHERE ") + where);
        QVERIFY(!parsed.hasErrors());
        forEachNode(*parsed.statement, [](const Expr &e) {
            if (e.kind == Expr::Kind::Literal && e.value == u"1")
                const_cast<Expr &>(e).value = u"9223372036854775808";
        });
        const CompiledSql sql = SqliteCompiler::compile(*parsed.statement, QDateTime());
        QVERIFY2(!sql.ok(), qPrintable(where));
        QVERIFY2(sql.error.contains(QStringLiteral("9223372036854775808 is out of range")),
                 qPrintable(sql.error));
        const SgqlTranslation sgql = SgqlCompiler::translate(*parsed.statement);
        QVERIFY2(!sgql.ok(), qPrintable(sgql.expression));
        QVERIFY(sgql.notTranslatable.contains(QStringLiteral("out of range")));
    }
}

void tst_Literals::builderRefusesANumberOutOfRange()
{
    const BuilderCondition tooLarge {QStringLiteral("lifetime_value"),
                                     BuilderFieldType::Number,
                                     BuilderOperator::GreaterThan,
                                     {QStringLiteral("9223372036854775808")}};
    const VoidResult checked = tooLarge.check();
    QVERIFY(!checked.isOk());
    QVERIFY2(checked.error().contains(QStringLiteral("in range")), qPrintable(checked.error()));
    BuilderCondition largest = tooLarge;
    largest.values = {QStringLiteral("-9223372036854775807")};
    QVERIFY(largest.check().isOk());
}

void tst_Literals::doubledQuoteIsOneQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("inside") << QStringLiteral("'O''Brien'") << QStringList {"O'Brien"};
    QTest::newRow("only a quote") << QStringLiteral("''''") << QStringList {"'"};
    QTest::newRow("at the end") << QStringLiteral("'Rock ''n'''") << QStringList {"Rock 'n'"};
    QTest::newRow("empty") << QStringLiteral("'' = ''") << QStringList {"", ""};
    QTest::newRow("two strings") << QStringLiteral("'a' 'b'") << QStringList {"a", "b"};
    QTest::newRow("double quotes")
        << QStringLiteral("\"say \"\"hi\"\"\"") << QStringList {"say \"hi\""};
    QTest::newRow("backslash too")
        << QStringLiteral("'O\\'Brien' = 'O''Brien'") << QStringList {"O'Brien", "O'Brien"};
}

void tst_Literals::doubledQuoteIsOneQuote()
{
    QFETCH(QString, text);
    QFETCH(QStringList, values);
    QVERIFY(tokenize(text).diagnostics.isEmpty());
    QCOMPARE(strings(text), values);
    // The editor's quick scan agrees that the string ends where the lexer says.
    const QString after = text + QStringLiteral(" AND ");
    QCOMPARE(CodeScan::of(after, int(after.size())).stateAtProbe, CodeScan::State::Code);
}

void tst_Literals::doubledQuoteThroughFormatterAndBuilder()
{
    const QString text = Head + QStringLiteral("WHERE c.last_name = 'O''Brien'");
    QCOMPARE(QueryFormatter::format(text),
             QStringLiteral("SELECT c.contact_id, c.updated_at\nFROM contact_data AS c\n"
                            "WHERE c.last_name = 'O''Brien'"));
    // SendGrid's backslash form reads the same and is written in SQL's form.
    QCOMPARE(QueryFormatter::format(QStringLiteral("last_name = 'O\\'Brien'")),
             QStringLiteral("last_name = 'O''Brien'"));

    const Result<BuilderQuery> read = BuilderReader::read(text, FieldCatalogue());
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().root.children.size(), 1);
    const BuilderCondition &condition = read.value().root.children.first().condition;
    QCOMPARE(condition.values, QStringList {QStringLiteral("O'Brien")});
    const Result<BuilderQuery> fromJson = BuilderJson::fromJson(BuilderJson::toJson(read.value()));
    QVERIFY2(fromJson.isOk(), qPrintable(fromJson.error()));
    const Result<QString> written = BuilderWriter::toSql(fromJson.value());
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    QVERIFY2(written.value().endsWith(QStringLiteral("WHERE c.last_name = 'O''Brien'")),
             qPrintable(written.value()));
}

void tst_Literals::doubledQuoteThroughCompilers()
{
    const ParsedQuery parsed = QueryParser::parseStatement(
        Head + QStringLiteral("WHERE c.last_name = 'O''Brien' OR c.first_name = 'D''Arcy'"));
    QVERIFY(!parsed.hasErrors());
    const CompiledSql sql = SqliteCompiler::compile(*parsed.statement, QDateTime());
    QVERIFY2(sql.ok(), qPrintable(sql.error));
    QStringList bound;
    for (const QVariant &value : sql.bindings)
        bound << value.toString();
    QVERIFY2(bound.join(u'|').contains(QStringLiteral("O'Brien"))
                 && bound.join(u'|').contains(QStringLiteral("D'Arcy")),
             qPrintable(bound.join(u'|')));
    QVERIFY(!sql.sql.contains(QStringLiteral("Brien")));
    // SGQL's reference escapes a quote with a backslash (and a backslash with another).
    const ParsedQuery withBackslash = QueryParser::parseStatement(
        Head + QStringLiteral("WHERE c.last_name = 'O''Brien' AND c.city = 'a\\\\b'"));
    const SgqlTranslation sgql = SgqlCompiler::translate(*withBackslash.statement);
    QVERIFY2(sgql.ok(), qPrintable(sgql.notTranslatable));
    QCOMPARE(sgql.expression, QStringLiteral("last_name = 'O\\'Brien' AND city = 'a\\\\b'"));
    QCOMPARE(strings(sgql.expression),
             (QStringList {QStringLiteral("O'Brien"), QStringLiteral("a\\b")}));
}

// A segment for the O'Briens counts the O'Briens of the sandbox's generated contacts.
void tst_Literals::doubledQuoteCountsInTheSandbox()
{
    SandboxStore &store = m_store.store();
    const Result<QVariant> expected
        = store.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_data WHERE last_name = ?"),
                       {QStringLiteral("O'Brien")});
    QVERIFY2(expected.isOk(), qPrintable(expected.error()));
    QVERIFY(expected.value().toLongLong() > 0);
    const Result<Evaluation> counted
        = SegmentEvaluator(store, QDateTime::currentDateTimeUtc())
              .evaluate(Head + QStringLiteral("WHERE c.last_name = 'O''Brien'"), {});
    QVERIFY2(counted.isOk(), qPrintable(counted.error()));
    QCOMPARE(counted.value().count, expected.value().toLongLong());
    QCOMPARE(counted.value().sample.first().toObject().value(QLatin1String("last_name")).toString(),
             QStringLiteral("O'Brien"));
}

QTEST_GUILESS_MAIN(tst_Literals)
#include "tst_literals.moc"
