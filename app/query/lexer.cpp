// SPDX-License-Identifier: MIT
#include "lexer.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

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
        m_result.tokens.push_back({Token::Kind::End, {}, {int(m_text.size()), 0}});
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
                    error(m_pos, 2,
                          QT_TRANSLATE_NOOP("Diagnostic", "This comment is never closed: add */"));
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

    void error(qsizetype start, qsizetype length, DiagnosticText message)
    {
        m_result.diagnostics.append(Diagnostic::make(
            Diagnostic::Severity::Error, {int(start), int(length)}, std::move(message)));
    }

    void add(Token::Kind kind, QStringView text, qsizetype start)
    {
        m_result.tokens.push_back({kind, text, {int(start), int(m_pos - start)}});
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
        add(Token::Kind::Identifier, m_text.mid(start, m_pos - start), start);
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
                  {QT_TRANSLATE_NOOP("Diagnostic",
                                     "\"%1\" is neither a number nor a name; names that start "
                                     "with a digit need backticks"),
                   {m_text.mid(start, m_pos - start)}});
        } else {
            checkRange(start);
        }
        add(Token::Kind::Number, m_text.mid(start, m_pos - start), start);
    }

    // Out of range, `x > 9223372036854775808` compiled to `x > 0` and matched everyone.
    void checkRange(qsizetype start)
    {
        const QStringView number = m_text.mid(start, m_pos - start);
        if (!numberInRange(number))
            error(start, number.size(),
                  number.contains(u'.')
                      ? QT_TRANSLATE_NOOP("Diagnostic",
                                          "This number is out of range: too large, or too close "
                                          "to 0, for a number with a decimal point")
                      : QT_TRANSLATE_NOOP("Diagnostic",
                                          "This whole number is too large: whole numbers go up to "
                                          "9223372036854775807"));
    }

    /// A quote inside a string is escaped with a backslash (SendGrid's documented form) or
    /// doubled (SQL's: 'O''Brien').
    void lexString(qsizetype start, QChar quote)
    {
        ++m_pos;
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != quote && m_text[end] != u'\\')
            ++end;
        if (end < m_text.size() && m_text[end] == quote && at(end + 1) != quote) {
            // The common case: no escapes, so the value is one slice of the text.
            m_pos = end + 1;
            return add(Token::Kind::String, m_text.mid(start + 1, end - start - 1), start);
        }
        QString value;
        while (m_pos < m_text.size() && (m_text[m_pos] != quote || at(m_pos + 1) == quote)) {
            if ((m_text[m_pos] == u'\\' || m_text[m_pos] == quote) && m_pos + 1 < m_text.size())
                ++m_pos;
            value += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            error(start, m_pos - start,
                  {QT_TRANSLATE_NOOP("Diagnostic",
                                     "This text value is never closed: add %1 at "
                                     "its end"),
                   {QString(quote)}});
        else
            ++m_pos;
        m_result.decoded.append(std::move(value));
        // The list may grow later; the characters of its strings stay where they are.
        add(Token::Kind::String, m_result.decoded.constLast(), start);
    }

    void lexQuotedIdentifier(qsizetype start)
    {
        const qsizetype close = m_text.indexOf(u'`', m_pos + 1);
        if (close < 0)
            error(start, m_text.size() - start,
                  QT_TRANSLATE_NOOP("Diagnostic", "This name is never closed: add `"));
        m_pos = close < 0 ? m_text.size() : close + 1;
        const qsizetype inner = (close < 0 ? m_text.size() : close) - start - 1;
        add(Token::Kind::QuotedIdentifier, m_text.mid(start + 1, inner), start);
    }

    void lexSymbol(qsizetype start)
    {
        static const std::array<bool, 128> isSymbol = [] {
            std::array<bool, 128> table {};
            for (QChar c : QStringView(u"(),.[]:=<>+-*/%;"))
                table[c.unicode()] = true;
            return table;
        }();
        const char16_t c = m_text[m_pos].unicode();
        const char16_t next = at(m_pos + 1).unicode();
        const bool pair = (c == u'!' && next == u'=') || (c == u'<' && next == u'>')
            || ((c == u'<' || c == u'>') && next == u'=');
        if (pair || (c < 128 && isSymbol[c])) {
            m_pos += pair ? 2 : 1;
            return add(Token::Kind::Symbol, m_text.mid(start, m_pos - start), start);
        }
        ++m_pos;
        error(start, 1,
              {QT_TRANSLATE_NOOP("Diagnostic", "Unexpected character \"%1\""),
               {QString(m_text[start])}});
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    LexResult m_result;
};

} // namespace

LexResult tokenize(QStringView text)
{
    return Lexer(text).run();
}

bool numberInRange(QStringView number)
{
    bool ok = false;
    if (number.contains(u'.')) {
        const double value = number.toDouble(&ok);
        return ok && std::isfinite(value);
    }
    static_cast<void>(number.toLongLong(&ok));
    return ok;
}
