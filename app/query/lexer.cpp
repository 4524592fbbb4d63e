// SPDX-License-Identifier: MIT
#include "lexer.h"

#include <QHash>

#include <array>

namespace {

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    { }

    LexResult run()
    {
        m_result.tokens.reserve(m_text.size() / 4);
        while (skipSpaceAndComments())
            lexToken();
        m_result.tokens.append({Token::Kind::End, {}, {int(m_text.size()), 0}});
        return std::move(m_result);
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    // Returns false at the end of the text.
    bool skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == u'-' && at(m_pos + 1) == u'-') {
                qsizetype end = m_text.indexOf(u'\n', m_pos);
                end = end < 0 ? m_text.size() : end;
                addComment(m_pos, end);
            } else if (c == u'/' && at(m_pos + 1) == u'*') {
                const qsizetype close = m_text.indexOf(QStringView(u"*/"), m_pos + 2);
                if (close < 0)
                    error(m_pos, 2, QStringLiteral("This comment is never closed: add */"));
                addComment(m_pos, close < 0 ? m_text.size() : close + 2);
            } else {
                return true;
            }
        }
        return false;
    }

    void addComment(qsizetype start, qsizetype end)
    {
        m_result.comments.append(
            {m_text.mid(start, end - start).toString(), {int(start), int(end - start)}});
        m_pos = end;
    }

    void error(qsizetype start, qsizetype length, const QString &message)
    {
        m_result.diagnostics.append(
            {Diagnostic::Severity::Error, {int(start), int(length)}, 1, 1, message, {}});
    }

    void add(Token::Kind kind, QString text, qsizetype start)
    {
        m_result.tokens.append({kind, std::move(text), {int(start), int(m_pos - start)}});
    }

    void lexToken()
    {
        const qsizetype start = m_pos;
        const QChar c = m_text[m_pos];
        if (c.isLetter() || c == u'_')
            return lexWord(start);
        if (c.isDigit() || (c == u'.' && at(m_pos + 1).isDigit()))
            return lexNumber(start);
        if (c == u'\'' || c == u'"')
            return lexString(start, c);
        if (c == u'`')
            return lexQuotedIdentifier(start);
        lexSymbol(start);
    }

    void lexWord(qsizetype start)
    {
        while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
            ++m_pos;
        add(Token::Kind::Identifier, interned(m_text.mid(start, m_pos - start)), start);
    }

    // Names repeat (AND, OR, aliases, columns): one shared string per distinct name saves an
    // allocation per token here and a free per AST node later.
    QString interned(QStringView word)
    {
        auto it = m_names.constFind(word);
        if (it == m_names.constEnd())
            it = m_names.insert(word, word.toString());
        return *it;
    }

    void lexNumber(qsizetype start)
    {
        while (at(m_pos).isDigit())
            ++m_pos;
        if (at(m_pos) == u'.' && at(m_pos + 1).isDigit()) {
            ++m_pos;
            while (at(m_pos).isDigit())
                ++m_pos;
        }
        if (at(m_pos).isLetter() || at(m_pos) == u'_') {
            while (at(m_pos).isLetterOrNumber() || at(m_pos) == u'_')
                ++m_pos;
            error(start, m_pos - start,
                  QStringLiteral("\"%1\" is neither a number nor a name; names that start with "
                                 "a digit need backticks")
                      .arg(m_text.mid(start, m_pos - start)));
        }
        add(Token::Kind::Number, m_text.mid(start, m_pos - start).toString(), start);
    }

    void lexString(qsizetype start, QChar quote)
    {
        ++m_pos;
        const qsizetype close = m_text.indexOf(quote, m_pos);
        if (close >= 0 && !m_text.mid(m_pos, close - m_pos).contains(u'\\')) {
            // The common case: no escapes, so the value is one slice of the text.
            m_pos = close + 1;
            return add(Token::Kind::String, m_text.mid(start + 1, close - start - 1).toString(),
                       start);
        }
        QString value;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            error(start, m_pos - start,
                  QStringLiteral("This text value is never closed: add %1 at its end").arg(quote));
        else
            ++m_pos;
        add(Token::Kind::String, value, start);
    }

    void lexQuotedIdentifier(qsizetype start)
    {
        const qsizetype close = m_text.indexOf(u'`', m_pos + 1);
        if (close < 0)
            error(start, m_text.size() - start, QStringLiteral("This name is never closed: add `"));
        m_pos = close < 0 ? m_text.size() : close + 1;
        const qsizetype inner = (close < 0 ? m_text.size() : close) - start - 1;
        add(Token::Kind::QuotedIdentifier, m_text.mid(start + 1, inner).toString(), start);
    }

    // Symbols share static strings, so the commonest tokens cost no allocation.
    void lexSymbol(qsizetype start)
    {
        static const QString pairs[] = {QStringLiteral("!="), QStringLiteral("<>"),
                                        QStringLiteral("<="), QStringLiteral(">=")};
        static const QStringView singleChars = u"(),.[]:=<>+-*/%;";
        static const QList<QString> singles = [] {
            QList<QString> list;
            for (QChar c : singleChars)
                list.append(QString(c));
            return list;
        }();
        const QChar c = m_text[m_pos];
        const bool mayPair = c == u'!' || c == u'<' || c == u'>';
        for (const QString &pair : pairs) {
            if (mayPair && m_text.mid(m_pos, 2) == pair) {
                m_pos += 2;
                return add(Token::Kind::Symbol, pair, start);
            }
        }
        static const std::array<qint8, 128> indexOf = [] {
            std::array<qint8, 128> table;
            table.fill(-1);
            for (qsizetype i = 0; i < singleChars.size(); ++i)
                table[singleChars[i].unicode()] = qint8(i);
            return table;
        }();
        if (const int index = c.unicode() < 128 ? indexOf[c.unicode()] : -1; index >= 0) {
            ++m_pos;
            return add(Token::Kind::Symbol, singles.at(index), start);
        }
        ++m_pos;
        error(start, 1, QStringLiteral("Unexpected character \"%1\"").arg(m_text[start]));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    LexResult m_result;
    QHash<QStringView, QString> m_names; ///< views into m_text, which outlives the lexer
};

} // namespace

LexResult tokenize(QStringView text)
{
    return Lexer(text).run();
}
