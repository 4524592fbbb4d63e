// SPDX-License-Identifier: MIT
#include "segmentlistfilter.h"

#include "query/lexer.h"

#include <QRegularExpression>

SegmentListFilter::Uses SegmentListFilter::Uses::of(const QString &query)
{
    Uses uses;
    const LexResult lexed = tokenize(query);
    for (const Token &t : lexed.tokens) {
        if (t.kind == Token::Kind::Identifier || t.kind == Token::Kind::QuotedIdentifier)
            uses.names.insert(t.text.toString().toLower());
        else if (t.kind == Token::Kind::String)
            uses.values.insert(t.text.toString());
    }
    return uses;
}

SegmentListFilter SegmentListFilter::parse(const QString &text)
{
    static const QRegularExpression term(
        QStringLiteral(R"re((?:^|\s)(list|field):(?:"([^"]*)"?|(\S+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    SegmentListFilter filter;
    QString rest = text;
    for (auto it = term.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(2).isNull() ? m.captured(3) : m.captured(2);
        (m.captured(1).compare(u"list", Qt::CaseInsensitive) == 0 ? filter.m_lists
                                                                  : filter.m_fields)
            << value.trimmed();
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u'\0'));
    }
    filter.m_text = rest.remove(u'\0').trimmed();
    return filter;
}

bool SegmentListFilter::matches(const Candidate &segment,
                                const QHash<QString, QString> &listNames) const
{
    if (!m_text.isEmpty() && !segment.name.contains(m_text, Qt::CaseInsensitive)
        && !segment.query.contains(m_text, Qt::CaseInsensitive))
        return false;
    for (const QString &field : m_fields) {
        if (!segment.uses || !segment.uses->names.contains(field.toLower()))
            return false;
    }
    for (const QString &list : m_lists) {
        if (!usesList(segment, list, listNames))
            return false;
    }
    return true;
}

bool SegmentListFilter::usesList(const Candidate &segment, const QString &wanted,
                                 const QHash<QString, QString> &listNames) const
{
    for (auto it = listNames.begin(); it != listNames.end(); ++it) {
        if (!it.value().contains(wanted, Qt::CaseInsensitive))
            continue;
        if (segment.parentListIds.contains(it.key())
            || (segment.uses && segment.uses->values.contains(it.key())))
            return true;
    }
    return false;
}
