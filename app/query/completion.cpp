// SPDX-License-Identifier: MIT
#include "completion.h"

#include "brackets.h"
#include "codescan.h"
#include "completioncontext.h"
#include "functionsignatures.h"
#include "lexer.h"
#include "sqlkeywords.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

using Context = Completion::Context;
using Kind = CompletionCandidate::Kind;
using Tokens = std::vector<Token>;
using namespace CompletionContext;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

namespace {

class Completer
{
public:
    Completer(const FieldCatalogue &catalogue, const QHash<QString, QString> &listNames)
        : m_catalogue(catalogue)
        , m_listNames(listNames)
    { }

    /// Takes the aliases that FROM and JOIN name in `head` (the start of a query whose cursor
    /// is too far away for run() to read them).
    void addScopeOf(QStringView head)
    {
        for (const int keyword : CodeScan::of(head, int(head.size())).scopeKeywords)
            m_scope += scopeOf(tokenize(head.mid(keyword, 200)).tokens);
    }

    Completion run(QStringView text, int cursor)
    {
        Completion out;
        const CodeScan scan = CodeScan::of(text, cursor);
        if (scan.stateAtProbe != CodeScan::State::Code
            && scan.stateAtProbe != CodeScan::State::String)
            return out; // in a comment or a `quoted name`
        const QStringView before = text.left(cursor);
        Tokens tokens = tokensBefore(text, cursor, scan);
        // The word being typed: the last token when it reaches the cursor.
        size_t end = tokens.size();
        const Token *last
            = end > 0 && tokens.back().range.end() == cursor ? &tokens.back() : nullptr;
        if (last
            && (last->kind == Token::Kind::Number || last->kind == Token::Kind::QuotedIdentifier))
            return out;
        const Token *word = last && last->kind != Token::Kind::Symbol ? last : nullptr;
        if (word)
            --end;
        const bool inString = word && word->kind == Token::Kind::String;
        if (inString && isClosed(*word, before))
            return out;
        QStringView qualifier;
        out.context = contextBefore(tokens, end, qualifier);
        if (inString && out.context != Context::ListId)
            out.context = Context::None;
        if (out.context == Context::None)
            return out;
        out.replace = replaced(text, cursor, word);
        out.prefix = word ? before.mid(word->range.offset).toString() : QString();
        m_prefix = inString ? QStringView(out.prefix).mid(1) : QStringView(out.prefix);
        for (const int keyword : scan.scopeKeywords)
            m_scope += scopeOf(tokenize(text.mid(keyword, 200)).tokens);
        out.candidates = candidates(out.context, qualifier);
        return out;
    }

private:
    /// The tokens of the text just before the cursor: from a little before it, or from the
    /// array_contains( the cursor is in, so the context is seen without lexing all the text.
    static Tokens tokensBefore(QStringView text, int cursor, const CodeScan &scan)
    {
        int start = scan.codeStartBeforeProbe;
        if (scan.stateAtProbe == CodeScan::State::String)
            start = qMin(start, scan.openedAtProbe);
        const int call = callNameBefore(text, innermostCall(scan.brackets, cursor, text));
        if (call >= 0 && sameName(text.mid(call, 14), u"array_contains"))
            start = qMin(start, call);
        Tokens tokens = tokenize(text.mid(start, cursor - start)).tokens;
        tokens.pop_back(); // End
        for (Token &t : tokens)
            t.range.offset += start;
        return tokens;
    }

    /// The offset of the innermost `(` still open at the cursor, or -1.
    static int innermostCall(const QList<int> &brackets, int cursor, QStringView text)
    {
        QVarLengthArray<int, 16> open;
        for (const int at : brackets) {
            if (at >= cursor)
                break;
            if (text[at] == u'(' || text[at] == u'[')
                open.append(at);
            else if (!open.isEmpty())
                open.removeLast();
        }
        for (qsizetype i = open.size(); i-- > 0;) {
            if (text[open[i]] == u'(')
                return open[i];
        }
        return -1;
    }

    /// Where the name before the `(` at `paren` starts, or -1.
    static int callNameBefore(QStringView text, int paren)
    {
        int at = paren;
        while (at > 0 && text[at - 1].isSpace())
            --at;
        const int nameEnd = at;
        while (at > 0 && isWordChar(text[at - 1]))
            --at;
        return paren >= 0 && at < nameEnd ? at : -1;
    }

    /// Whether the string ends in its closing quote, read as the lexer reads it: a quote after
    /// a backslash or doubled ('O''Brien') is part of the value.
    static bool isClosed(const Token &string, QStringView text)
    {
        const QChar quote = text[string.range.offset];
        const int end = string.range.end();
        for (int i = string.range.offset + 1; i < end; ++i) {
            if (text[i] == u'\\' || (text[i] == quote && i + 1 < end && text[i + 1] == quote))
                ++i;
            else if (text[i] == quote)
                return true;
        }
        return false;
    }

    /// The word around the cursor, or the quoted value and its closing quote when one follows.
    static SourceRange replaced(QStringView text, int cursor, const Token *word)
    {
        int end = cursor;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        if (word && word->kind == Token::Kind::String && end < text.size()
            && text[end] == text[word->range.offset])
            ++end;
        const int start = word ? word->range.offset : cursor;
        return {start, end - start};
    }

    QList<CompletionCandidate> candidates(Context context, QStringView qualifier) const
    {
        QList<CompletionCandidate> out;
        switch (context) {
        case Context::Expression:
            fields(out, FieldCatalogue::contactTable());
            if (hasTable(FieldCatalogue::eventTable()))
                fields(out, FieldCatalogue::eventTable());
            functions(out);
            aliases(out);
            keywords(out);
            break;
        case Context::AfterOperand:
            keywords(out);
            break;
        case Context::Table:
            for (QStringView table : {FieldCatalogue::contactTable(), FieldCatalogue::eventTable()})
                add(out, {Kind::Table, table.toString(), table.toString(), {}, {}});
            break;
        case Context::Member:
            if (const auto table = tableOf(qualifier))
                fields(out, *table);
            break;
        case Context::ArrayColumn:
            fields(out, FieldCatalogue::contactTable(), FieldCatalogue::Type::TextArray);
            break;
        case Context::ListId:
            lists(out);
            break;
        case Context::None:
            break;
        }
        return out;
    }

    bool matches(QStringView name) const { return name.startsWith(m_prefix, Qt::CaseInsensitive); }

    void add(QList<CompletionCandidate> &out, CompletionCandidate candidate) const
    {
        if (matches(candidate.label))
            out.append(std::move(candidate));
    }

    void fields(QList<CompletionCandidate> &out, QStringView table,
                std::optional<FieldCatalogue::Type> only = {}) const
    {
        for (const QString &name : m_catalogue.columns(table)) {
            const auto type = m_catalogue.columnType(table, name);
            const bool duplicate = std::any_of(out.begin(), out.end(), [&](const auto &c) {
                return c.kind == Kind::Field && c.label == name;
            });
            if (!duplicate && (!only || type == only))
                add(out, {Kind::Field, name, name, table.toString(), type});
        }
    }

    void functions(QList<CompletionCandidate> &out) const
    {
        for (const FunctionSignature &f : FunctionSignatures::all()) {
            // A call without arguments is complete; others leave the cursor inside.
            const QString name = f.name.toString();
            const QString insert = name + QLatin1String(f.maxArguments == 0 ? "()" : "(");
            add(out,
                {Kind::Function, name, insert, name + u'(' + f.parameters.toString() + u')', {}});
        }
    }

    void aliases(QList<CompletionCandidate> &out) const
    {
        for (const auto &[alias, table] : m_scope) {
            // Named: C++20 lets a lambda capture a structured binding, clang before 16
            // (clang-tidy, the fuzz build) does not.
            const QString &name = alias;
            const bool seen = std::any_of(out.begin(), out.end(), [&](const auto &c) {
                return c.kind == Kind::Alias && c.label == name;
            });
            if (!seen)
                add(out, {Kind::Alias, name, name, table.toString(), {}});
        }
    }

    void keywords(QList<CompletionCandidate> &out) const
    {
        // Typed in lower case, a keyword is inserted in lower case.
        const bool lower = !m_prefix.isEmpty() && isLowerCaseAscii(m_prefix);
        for (QStringView word : SqlKeywords::words()) {
            const QString insert = lower ? word.toString().toLower() : word.toString();
            add(out, {Kind::Keyword, word.toString(), insert, {}, {}});
        }
    }

    void lists(QList<CompletionCandidate> &out) const
    {
        for (auto it = m_listNames.begin(); it != m_listNames.end(); ++it) {
            const bool hit = it.value().contains(m_prefix, Qt::CaseInsensitive)
                || it.key().startsWith(m_prefix, Qt::CaseInsensitive);
            if (hit)
                out.append({Kind::List, it.value(), u'\'' + it.key() + u'\'', it.key(), {}});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            const int byName = a.label.compare(b.label, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.detail < b.detail;
        });
    }

    bool hasTable(QStringView table) const
    {
        return std::any_of(m_scope.begin(), m_scope.end(),
                           [table](const auto &entry) { return entry.second == table; });
    }

    std::optional<QStringView> tableOf(QStringView name) const
    {
        for (const auto &[entryName, table] : m_scope) {
            if (sameName(entryName, name))
                return table;
        }
        return std::nullopt;
    }

    const FieldCatalogue &m_catalogue;
    const QHash<QString, QString> &m_listNames;
    QStringView m_prefix;
    QList<std::pair<QString, QStringView>> m_scope;
};

} // namespace

bool Completion::opensWhileTyping(QChar typed, bool open) const
{
    const bool onlyWhatIsTyped
        = std::all_of(candidates.begin(), candidates.end(), [this](const auto &c) {
              return c.insert.compare(prefix, Qt::CaseInsensitive) == 0;
          });
    if (candidates.isEmpty() || onlyWhatIsTyped)
        return false;
    if (context == Context::ListId)
        return !prefix.isEmpty() || typed == u'[' || typed == u',' || typed == u' ';
    if (typed == u'.')
        return context == Context::Member;
    if (typed == u'(')
        return context == Context::ArrayColumn;
    return isWordChar(typed) && prefix.size() >= (open ? 1 : 2);
}

namespace QueryCompletion {

Completion complete(QStringView text, int cursor, const FieldCatalogue &catalogue,
                    const QHash<QString, QString> &listNames)
{
    // A huge query is read near the cursor only, as brackets are (a 1.5 MB query took 20 ms a
    // key to scan whole); the FROM and JOIN that name its aliases are looked for at its start.
    cursor = qBound(0, cursor, int(text.size()));
    const int start = Brackets::windowStart(text, cursor);
    const qsizetype end = qMin(text.size(), qsizetype(cursor) + Brackets::Window);
    Completer completer(catalogue, listNames);
    if (start > 0)
        completer.addScopeOf(text.left(Brackets::Window));
    Completion out = completer.run(text.mid(start, end - start), cursor - start);
    out.replace.offset += start;
    return out;
}

std::optional<SourceRange> stringAt(QStringView text, int offset)
{
    for (const Token &t : tokenize(text).tokens) {
        if (t.kind == Token::Kind::String && offset >= t.range.offset && offset < t.range.end())
            return t.range;
        if (t.range.offset > offset)
            break;
    }
    return std::nullopt;
}

} // namespace QueryCompletion
