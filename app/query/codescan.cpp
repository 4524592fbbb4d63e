// SPDX-License-Identifier: MIT
#include "codescan.h"

#include "token.h"

namespace {

using State = CodeScan::State;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Scanner
{
public:
    Scanner(QStringView text, int probe, int reach, int lineChars = 0)
        : m_text(text)
        , m_probe(probe)
        , m_reach(reach)
        , m_lineChars(lineChars)
    { }

    QList<int> lineBreaks() { return run(), std::move(m_lineBreaks); }

    CodeScan run()
    {
        const qsizetype size = m_text.size();
        for (m_at = 0; m_at < size; ++m_at) {
            if (!m_probed && m_at >= m_probe)
                probe(); // ">=": a two-character marker or an escape may step over it
            step(m_text[m_at]);
        }
        if (!m_probed)
            probe();
        return std::move(m_out);
    }

private:
    QChar next() const { return m_at + 1 < m_text.size() ? m_text[m_at + 1] : QChar(); }

    void probe()
    {
        m_probed = true;
        m_out.stateAtProbe = m_state;
        m_out.openedAtProbe = m_state == State::Code ? -1 : m_opened;
    }

    void open(State state, int skip = 0)
    {
        m_state = state;
        m_opened = int(m_at);
        m_at += skip;
    }

    void step(QChar c)
    {
        switch (m_state) {
        case State::Code:
            return code(c);
        case State::String:
            if (c == u'\\' || (c == m_quote && next() == m_quote))
                ++m_at; // the escaped character, even a quote; or a doubled quote ('O''Brien')
            else if (c == m_quote)
                m_state = State::Code;
            return;
        case State::QuotedName:
            if (c == u'`')
                m_state = State::Code;
            return;
        case State::LineComment:
            if (c == u'\n')
                m_state = State::Code;
            return;
        case State::BlockComment:
            if (c == u'*' && next() == u'/') {
                m_state = State::Code;
                ++m_at;
            }
            return;
        }
    }

    void code(QChar c)
    {
        if (c == u'\'' || c == u'"') {
            m_quote = c;
            open(State::String);
        } else if (c == u'`') {
            open(State::QuotedName);
        } else if (c == u'-' && next() == u'-') {
            open(State::LineComment, 1);
        } else if (c == u'/' && next() == u'*') {
            open(State::BlockComment, 1);
        } else if (c == u'(' || c == u')' || c == u'[' || c == u']') {
            m_out.brackets.append(int(m_at));
        } else if (c.isSpace()) {
            if (m_at + m_reach <= m_probe)
                m_out.codeStartBeforeProbe = int(m_at);
            if (c == u'\n')
                m_lineStart = m_at + 1;
            else if (m_lineChars > 0 && c == u' ' && m_at - m_lineStart >= m_lineChars) {
                m_lineBreaks.append(int(m_at));
                m_lineStart = m_at + 1;
            }
        } else if (isWordChar(c)) {
            word();
        }
    }

    void word()
    {
        qsizetype end = m_at + 1;
        while (end < m_text.size() && isWordChar(m_text[end]))
            ++end;
        const QStringView w = m_text.mid(m_at, end - m_at);
        if (equalsKeyword(w, u"FROM") || equalsKeyword(w, u"JOIN"))
            m_out.scopeKeywords.append(int(m_at));
        // The probe may be inside the word: stop just before it so it is seen.
        m_at = (m_at < m_probe && end > m_probe ? m_probe : end) - 1;
    }

    QStringView m_text;
    qsizetype m_probe;
    qsizetype m_reach;
    qsizetype m_at = 0;
    State m_state = State::Code;
    QChar m_quote;
    int m_opened = -1;
    bool m_probed = false;
    CodeScan m_out;
    qsizetype m_lineChars;
    qsizetype m_lineStart = 0; ///< of the line in code, as far as seen
    QList<int> m_lineBreaks;
};

} // namespace

CodeScan CodeScan::of(QStringView text, int probe, int reach)
{
    return Scanner(text, probe, reach).run();
}

QList<int> CodeScan::lineBreaks(QStringView text, int lineChars)
{
    return Scanner(text, int(text.size()), 0, lineChars).lineBreaks();
}
