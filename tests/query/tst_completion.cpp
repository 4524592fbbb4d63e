// SPDX-License-Identifier: MIT
// Completion in the SQL editor, without widgets: which place the cursor is in, what fits there,
// and what a choice replaces. `|` marks the cursor in each query below.
#include "query/brackets.h"
#include "query/completion.h"
#include "query/linter.h"
#include "support/queryexamples.h"

#include <QTest>

using Context = Completion::Context;
using Kind = CompletionCandidate::Kind;

class tst_Completion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contexts_data();
    void contexts();
    void candidates_data();
    void candidates();
    void listIdsAreInsertedForNames_data();
    void listIdsAreInsertedForNames();
    void opensWhileTyping_data();
    void opensWhileTyping();
    void stringAt();
    void brackets_data();
    void brackets();
    void bracketsNearTheCursorOfAHugeText();
    void completionAtTheEndOfAHugeQuery();
    void fixItRangesReplaceOnlyTheFix_data();
    void fixItRangesReplaceOnlyTheFix();
    void everyPositionOfTheExamples_data();
    void everyPositionOfTheExamples();

private:
    static Completion at(const QString &marked);
};

static FieldCatalogue catalogue()
{
    using T = FieldDefinition::Type;
    return FieldCatalogue(
        {{QStringLiteral("e1_N"), QStringLiteral("loyalty_points"), T::Number, false, false},
         {QStringLiteral("e2_D"), QStringLiteral("birthday"), T::Date, false, false}});
}

static QHash<QString, QString> lists()
{
    return {{QStringLiteral("8409c367-aaaa"), QStringLiteral("Newsletter")},
            {QStringLiteral("1b2c3d4e-bbbb"), QStringLiteral("VIP customers")},
            {QStringLiteral("77f0e0d1-cccc"), QStringLiteral("New in 2026")}};
}

Completion tst_Completion::at(const QString &marked)
{
    const int cursor = int(marked.indexOf(u'|'));
    Q_ASSERT(cursor >= 0);
    QString text = marked;
    text.remove(cursor, 1);
    return QueryCompletion::complete(text, cursor, catalogue(), lists());
}

static QStringList labels(const Completion &c)
{
    QStringList out;
    for (const CompletionCandidate &candidate : c.candidates)
        out.append(candidate.label);
    return out;
}

void tst_Completion::contexts_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<Context>("context");
    QTest::addColumn<QString>("prefix");
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ");
    QTest::newRow("start") << QStringLiteral("SEL|") << Context::Expression << "SEL";
    QTest::newRow("where") << head + "WHERE cou|" << Context::Expression << "cou";
    QTest::newRow("empty after WHERE") << head + "WHERE |" << Context::Expression << "";
    QTest::newRow("after AND") << head + "WHERE a = 1 AND |" << Context::Expression << "";
    QTest::newRow("after a name") << head + "WHERE country LI|" << Context::AfterOperand << "LI";
    QTest::newRow("after a value") << head + "WHERE a = 'x' |" << Context::AfterOperand << "";
    QTest::newRow("after FROM") << "SELECT contact_id, updated_at FROM con|" << Context::Table
                                << "con";
    QTest::newRow("after JOIN") << head + "JOIN |" << Context::Table << "";
    QTest::newRow("member") << head + "WHERE c.|" << Context::Member << "";
    QTest::newRow("member typed") << head + "WHERE c.fir|" << Context::Member << "fir";
    QTest::newRow("array column") << head + "WHERE array_contains(|" << Context::ArrayColumn << "";
    QTest::newRow("list id") << head + "WHERE array_contains(c.list_ids, |" << Context::ListId
                             << "";
    QTest::newRow("list id typed") << "array_contains(list_ids, new|" << Context::ListId << "new";
    QTest::newRow("list id quoted") << "array_contains(list_ids, 'ne|" << Context::ListId << "'ne";
    QTest::newRow("list id in array")
        << "array_contains(list_ids, ['8409c367-aaaa', |" << Context::ListId << "";
    QTest::newRow("other array") << "array_contains(email_domains, |" << Context::Expression << "";
    QTest::newRow("nested call") << "array_contains(list_ids, lower(|" << Context::Expression << "";
    QTest::newRow("in a string") << head + "WHERE city = 'Os|" << Context::None << "";
    QTest::newRow("after a string") << head + "WHERE city = 'Osaka'|" << Context::None << "";
    QTest::newRow("in a line comment") << head + "-- cou|" << Context::None << "";
    QTest::newRow("in a block comment") << head + "/* cou| */" << Context::None << "";
    QTest::newRow("after a block comment")
        << head + "/* x */ WHERE cou|" << Context::Expression << "cou";
    QTest::newRow("in a number") << head + "WHERE a = 12|" << Context::None << "";
    // Far from the start: only the text near the cursor is tokenized, never less than needed.
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids << QStringLiteral("'8409c367-%1'").arg(i);
    QTest::newRow("list id after a long array")
        << head + "WHERE array_contains(c.list_ids, [" + ids.join(u',') + ", |" << Context::ListId
        << "";
    const QString conditions = QStringLiteral(" AND c.city = 'x'").repeated(30);
    QTest::newRow("member far from FROM")
        << head + "WHERE c.email = 'a'" + conditions + " AND c.|" << Context::Member << "";
    QTest::newRow("in a long block comment")
        << head + "/* 'it''s " + QString(300, u'x') + " cou|" << Context::None << "";
    QTest::newRow("after a long block comment")
        << head + "/* 'it " + QString(300, u'x') + " */ WHERE cou|" << Context::Expression << "cou";
    QTest::newRow("in a long string") << "array_contains(list_ids, '" + QString(300, u'x') + "|"
                                      << Context::ListId << "'" + QString(300, u'x');
}

void tst_Completion::contexts()
{
    QFETCH(QString, marked);
    QFETCH(Context, context);
    QFETCH(QString, prefix);
    const Completion c = at(marked);
    QCOMPARE(c.context, context);
    if (context != Context::None)
        QCOMPARE(c.prefix, prefix);
}

void tst_Completion::candidates_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("first"); ///< the first labels, in order
    QTest::addColumn<QString>("insert"); ///< what the first candidate inserts
    QTest::addColumn<QString>("replaced"); ///< the text it replaces
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ");
    QTest::newRow("field") << head + "WHERE cou|" << QStringList {"country"} << "country"
                           << "cou";
    QTest::newRow("mid-word replaces the word")
        << head + "WHERE cou|ntyr = 'x'" << QStringList {"country"} << "country"
        << "countyr";
    QTest::newRow("custom field") << head + "WHERE loy|" << QStringList {"loyalty_points"}
                                  << "loyalty_points"
                                  << "loy";
    QTest::newRow("function") << head + "WHERE array_|" << QStringList {"array_contains"}
                              << "array_contains("
                              << "array_";
    QTest::newRow("no-argument function")
        << head + "WHERE c.created_at > no|" << QStringList {"now", "NOT"} << "now()"
        << "no";
    QTest::newRow("keyword in lower case") << head + "wh|" << QStringList {"WHERE"} << "where"
                                           << "wh";
    QTest::newRow("keyword in upper case") << head + "WH|" << QStringList {"WHERE"} << "WHERE"
                                           << "WH";
    QTest::newRow("keywords after a name")
        << head + "WHERE country |" << QStringList {"AND", "AS", "BETWEEN"} << "AND"
        << "";
    QTest::newRow("tables") << "SELECT contact_id, updated_at FROM |"
                            << QStringList {"contact_data", "event_data"} << "contact_data"
                            << "";
    QTest::newRow("alias") << head + "WHERE c|" << QStringList {"city", "contact_id", "country"}
                           << "city"
                           << "c";
    QTest::newRow("alias after fields")
        << "SELECT c.contact_id, c.updated_at FROM contact_data AS cd WHERE cd|"
        << QStringList {"cd"} << "cd"
        << "cd";
    QTest::newRow("member of events")
        << head + "JOIN event_data e ON c.contact_id = e.contact_id WHERE e.ev|"
        << QStringList {"event_source", "event_timestamp", "event_type"} << "event_source"
        << "ev";
    QTest::newRow("alias defined later")
        << "SELECT e.ev| FROM event_data e" << QStringList {"event_source"} << "event_source"
        << "ev";
    QTest::newRow("array columns")
        << "array_contains(|" << QStringList {"alternate_emails", "email_domains", "list_ids"}
        << "alternate_emails"
        << "";
    QTest::newRow("list by name") << "array_contains(list_ids, new|"
                                  << QStringList {"New in 2026", "Newsletter"} << "'77f0e0d1-cccc'"
                                  << "new";
    QTest::newRow("list in quotes replaces the quotes")
        << "array_contains(list_ids, 'vip|')" << QStringList {"VIP customers"} << "'1b2c3d4e-bbbb'"
        << "'vip'";
    QTest::newRow("member far from FROM") << head + "WHERE c.email = 'a'"
            + QStringLiteral(" AND c.city = 'x'").repeated(30) + " AND c.ci|"
                                          << QStringList {"city"} << "city"
                                          << "ci";
    QTest::newRow("list by id") << "array_contains(list_ids, '8409|" << QStringList {"Newsletter"}
                                << "'8409c367-aaaa'"
                                << "'8409";
}

void tst_Completion::candidates()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, first);
    QFETCH(QString, insert);
    QFETCH(QString, replaced);
    const Completion c = at(marked);
    QString text = marked;
    text.remove(marked.indexOf(u'|'), 1);
    QVERIFY2(labels(c).size() >= first.size(), qPrintable(labels(c).join(u',')));
    QCOMPARE(labels(c).mid(0, first.size()), first);
    QCOMPARE(c.candidates.first().insert, insert);
    QCOMPARE(text.mid(c.replace.offset, c.replace.length), replaced);
}

void tst_Completion::listIdsAreInsertedForNames_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "array_contains(list_ids, VIP|)"
                          << "array_contains(list_ids, '1b2c3d4e-bbbb')";
    QTest::newRow("in an array") << "array_contains(list_ids, ['8409c367-aaaa', vi|])"
                                 << "array_contains(list_ids, ['8409c367-aaaa', '1b2c3d4e-bbbb'])";
}

void tst_Completion::listIdsAreInsertedForNames()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    const Completion c = at(marked);
    QCOMPARE(c.candidates.size(), 1);
    QCOMPARE(c.candidates.first().kind, Kind::List);
    QCOMPARE(c.candidates.first().detail, QStringLiteral("1b2c3d4e-bbbb"));
    QString text = marked;
    text.remove(marked.indexOf(u'|'), 1);
    text.replace(c.replace.offset, c.replace.length, c.candidates.first().insert);
    QCOMPARE(text, expected);
}

void tst_Completion::opensWhileTyping_data()
{
    QTest::addColumn<QString>("marked"); ///< the text after typing the character before `|`
    QTest::addColumn<bool>("opens");
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ");
    QTest::newRow("one letter") << head + "WHERE c|" << false;
    QTest::newRow("two letters") << head + "WHERE co|" << true;
    QTest::newRow("dot after an alias") << head + "WHERE c.|" << true;
    QTest::newRow("dot after no alias") << head + "WHERE x.|" << false;
    QTest::newRow("( of array_contains") << head + "WHERE array_contains(|" << true;
    QTest::newRow("( of lower") << head + "WHERE lower(|" << false;
    QTest::newRow("space where a list id goes") << "array_contains(list_ids, |" << true;
    QTest::newRow("quote where a list id goes") << "array_contains(list_ids, '|" << true;
    QTest::newRow("a word typed in full") << head + "WHERE country = 'x' AND|" << false;
    QTest::newRow("nothing fits") << head + "WHERE zq|" << false;
    QTest::newRow("in a comment") << head + "-- co|" << false;
}

void tst_Completion::opensWhileTyping()
{
    QFETCH(QString, marked);
    QFETCH(bool, opens);
    const int cursor = int(marked.indexOf(u'|'));
    QCOMPARE(at(marked).opensWhileTyping(marked.at(cursor - 1)), opens);
}

void tst_Completion::stringAt()
{
    const QString text = QStringLiteral("array_contains(list_ids, ['8409c367-aaaa', 'x']) -- 'no'");
    const int inside = int(text.indexOf(QStringLiteral("c367")));
    QCOMPARE(QueryCompletion::stringAt(text, inside), (SourceRange {26, 15}));
    QCOMPARE(QueryCompletion::stringAt(text, 26), (SourceRange {26, 15})); // on the quote
    QCOMPARE(QueryCompletion::stringAt(text, 41), std::nullopt); // the comma after it
    QCOMPARE(QueryCompletion::stringAt(text, int(text.indexOf(QStringLiteral("no")))),
             std::nullopt); // in a comment
}

void tst_Completion::brackets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<int>("bracket");
    QTest::addColumn<int>("partner"); ///< -1: unmatched; -2: no bracket at the cursor
    const QString text = QStringLiteral("a AND (b OR lower(c) = ')') AND [x]");
    QTest::newRow("before (") << text << 6 << 6 << 26;
    QTest::newRow("after )") << text << 27 << 26 << 6;
    QTest::newRow("inner call") << text << 17 << 17 << 19;
    QTest::newRow(") in a string is text") << text << 25 << -1 << -2;
    QTest::newRow("square") << text << 32 << 32 << 34;
    QTest::newRow("no bracket") << text << 2 << -1 << -2;
    QTest::newRow("unclosed") << QStringLiteral("a AND (b OR c") << 6 << 6 << -1;
    QTest::newRow("unopened") << QStringLiteral("a) AND b") << 2 << 1 << -1;
    QTest::newRow("at the end") << QStringLiteral("lower(a)") << 8 << 7 << 5;
}

// The editor asks at every key: only Brackets::Window characters either side are read, and what
// is near the cursor is matched as in a short text.
void tst_Completion::bracketsNearTheCursorOfAHugeText()
{
    const QString head
        = QStringLiteral("c.city IN ('a', 'b') AND (") + QString(Brackets::Window, u' ');
    QString text = head + QStringLiteral("x)\n");
    for (int i = 0; i < 50000; ++i)
        text += QStringLiteral("OR (a = 'x(') -- (\n");
    const int open = int(text.size()) + 4;
    text += QStringLiteral("AND (b = 'y)') -- )\n");
    QCOMPARE(Brackets::atCursor(text, open), (BracketPair {open, open + 9}));
    QCOMPARE(Brackets::atCursor(text, open + 10), (BracketPair {open + 9, open}));
    QCOMPARE(Brackets::atCursor(text, 10), (BracketPair {10, 19}));
    // A partner farther than the window is shown as missing.
    QCOMPARE(Brackets::atCursor(text, int(head.size()) + 2),
             (BracketPair {int(head.size()) + 1, -1}));
}

// The editor completes at every key: a 1.5 MB query is read near the cursor, and the aliases
// its FROM names at the start are still known at its end.
void tst_Completion::completionAtTheEndOfAHugeQuery()
{
    QString text
        = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c "
                         "JOIN event_data AS e ON c.contact_id = e.contact_id WHERE 1 = 1");
    for (int i = 0; i < 20000; ++i)
        text
            += QStringLiteral("\n  OR (c.city = 'City %1' AND c.created_at > '2026-01-01')").arg(i);
    const auto names = [](const Completion &completion) {
        QStringList out;
        for (const CompletionCandidate &c : completion.candidates)
            out.append(c.insert);
        return out;
    };
    const QString field = text + QStringLiteral(" OR c.ci");
    const Completion fields
        = QueryCompletion::complete(field, int(field.size()), catalogue(), lists());
    QVERIFY2(names(fields).contains(QStringLiteral("city")), qPrintable(names(fields).join(',')));
    QCOMPARE(fields.replace.offset, int(field.size()) - 2);
    QCOMPARE(fields.replace.length, 2);
    const QString alias = text + QStringLiteral(" OR e.event_t");
    const Completion events
        = QueryCompletion::complete(alias, int(alias.size()), catalogue(), lists());
    QVERIFY2(names(events).contains(QStringLiteral("event_type")),
             qPrintable(names(events).join(',')));
    // In a string near the end: no field is offered.
    const QString inString = text + QStringLiteral(" OR c.city = 'Ber");
    QVERIFY(QueryCompletion::complete(inString, int(inString.size()), catalogue(), lists())
                .candidates.isEmpty());
}

void tst_Completion::brackets()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, bracket);
    QFETCH(int, partner);
    const auto pair = Brackets::atCursor(text, cursor);
    QCOMPARE(pair.has_value(), partner != -2);
    if (!pair)
        return;
    QCOMPARE(pair->bracket, bracket);
    QCOMPARE(pair->partner, partner);
}

// What the editor's Fix applies: the fix-it replaces its fixRange, and the result is right.
void tst_Completion::fixItRangesReplaceOnlyTheFix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fixed");
    const QString head = QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data c ");
    QTest::newRow("qualified typo")
        << head + "WHERE c.frist_name = 'Ann'" << head + "WHERE c.first_name = 'Ann'";
    QTest::newRow("typo in backticks")
        << head + "WHERE c.`frist_name` = 'Ann'" << head + "WHERE c.`first_name` = 'Ann'";
    QTest::newRow("number quoted")
        << head + "WHERE c.loyalty_points = '12'" << head + "WHERE c.loyalty_points = 12";
    QTest::newRow("text unquoted")
        << head + "WHERE c.postal_code = 80302" << head + "WHERE c.postal_code = '80302'";
    QTest::newRow("table with alias") << "SELECT c.contact_id, c.updated_at FROM contacts c"
                                      << "SELECT c.contact_id, c.updated_at FROM contact_data c";
    QTest::newRow("select list") << "SELECT email FROM contact_data"
                                 << "SELECT contact_id, updated_at FROM contact_data";
}

void tst_Completion::fixItRangesReplaceOnlyTheFix()
{
    QFETCH(QString, text);
    QFETCH(QString, fixed);
    const QList<Diagnostic> diagnostics = QueryLinter::lint(text, catalogue());
    QCOMPARE(diagnostics.size(), 1);
    const Diagnostic &d = diagnostics.first();
    QVERIFY(!d.fixIt.isEmpty());
    QString applied = text;
    applied.replace(d.fixRange.offset, d.fixRange.length, d.fixIt);
    QCOMPARE(applied, fixed);
    QVERIFY(QueryLinter::lint(applied, catalogue()).isEmpty());
}

// At every cursor position of every example, cut short or whole: what a choice replaces
// holds the cursor and lies in the text, and a bracket pair is two brackets of one kind.
void tst_Completion::everyPositionOfTheExamples_data()
{
    QTest::addColumn<QString>("text");
    for (const QueryExample &ex : loadQueryExamples())
        QTest::newRow(qPrintable(ex.title.left(70))) << ex.text;
}

void tst_Completion::everyPositionOfTheExamples()
{
    QFETCH(QString, text);
    for (int cursor = 0; cursor <= text.size(); ++cursor) {
        for (const QString &t : {text, text.left(cursor)}) {
            const Completion c = QueryCompletion::complete(t, cursor, catalogue(), lists());
            if (c.context == Context::None)
                continue;
            QVERIFY(c.replace.offset >= 0 && c.replace.end() <= t.size());
            QVERIFY(c.replace.offset <= cursor && cursor <= c.replace.end());
            QCOMPARE(t.mid(c.replace.offset, cursor - c.replace.offset), c.prefix);
        }
        const auto pair = Brackets::atCursor(text, cursor);
        if (!pair || !pair->isMatched())
            continue;
        const QString both = QString(text[pair->bracket]) + text[pair->partner];
        QVERIFY2(QStringList({"()", ")(", "[]", "]["}).contains(both), qPrintable(both));
    }
}

QTEST_MAIN(tst_Completion)
#include "tst_completion.moc"
