// SPDX-License-Identifier: MIT
#include "segmentpreview.h"

#include "query/parser.h"
#include "querydeadline.h"
#include "segmentevaluator.h"

namespace {

ContactSearch::Answer refused(const QString &field, const ParsedQuery &parsed)
{
    ContactSearch::Answer answer;
    answer.kind = ContactSearch::Answer::Kind::Refused;
    answer.problem = parsed.diagnostics.isEmpty()
        ? QStringLiteral("%1 is not a query").arg(field)
        : QStringLiteral("%1: %2").arg(field, parsed.diagnostics.constFirst().toString());
    return answer;
}

} // namespace

SegmentPreview::SegmentPreview(SandboxStore &store, const QueryDeadline &deadline, QDateTime now)
    : m_store(store)
    , m_deadline(deadline)
    , m_now(std::move(now))
{ }

ContactSearch::Answer SegmentPreview::run(const QString &query, const QString &except,
                                          const QString &parentListId) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(query);
    if (parsed.hasErrors() || !parsed.statement)
        return refused(QStringLiteral("query_dsl"), parsed);
    ParsedQuery excluded;
    if (!except.isEmpty()) {
        excluded = QueryParser::parseStatement(except);
        if (excluded.hasErrors() || !excluded.statement)
            return refused(QStringLiteral("except_query_dsl"), excluded);
    }
    const Result<Evaluation> found
        = SegmentEvaluator(m_store, m_now)
              .difference(*parsed.statement, excluded.statement, parentListId,
                          SegmentEvaluator::Shape::ContactSearch);
    ContactSearch::Answer answer;
    if (!found.isOk()) {
        answer.kind = m_deadline.expired() ? ContactSearch::Answer::Kind::TimedOut
                                           : ContactSearch::Answer::Kind::Refused;
        answer.problem = found.error();
        return answer;
    }
    answer.count = found.value().count;
    answer.contacts = found.value().sample;
    return answer;
}
