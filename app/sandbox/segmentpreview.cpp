// SPDX-License-Identifier: MIT
#include "segmentpreview.h"

#include "query/parser.h"
#include "querydeadline.h"
#include "segmentevaluator.h"

#include <QSet>

namespace {

/// `ids` without those in `others`, in their order.
QStringList without(const QStringList &ids, const QSet<QString> &others)
{
    QStringList kept;
    for (const QString &id : ids)
        if (!others.contains(id))
            kept.append(id);
    return kept;
}

} // namespace

SegmentPreview::SegmentPreview(SandboxStore &store, const QueryDeadline &deadline, QDateTime now)
    : m_store(store)
    , m_deadline(deadline)
    , m_now(std::move(now))
{ }

SegmentPreview::Answer SegmentPreview::run(const QString &query, const QString &savedQuery,
                                           const QString &parentListId) const
{
    const Result<QStringList> unsaved = members(QStringLiteral("query_dsl"), query, parentListId);
    if (!unsaved.isOk())
        return failed(unsaved.error());
    Answer answer;
    const Result<Figure> matches = figure(unsaved.value());
    if (!matches.isOk())
        return failed(matches.error());
    answer.matches = matches.value();
    if (savedQuery.isEmpty())
        return answer;
    const Result<QStringList> saved
        = members(QStringLiteral("saved_query_dsl"), savedQuery, parentListId);
    if (!saved.isOk())
        return failed(saved.error());
    const QList<QString> &savedIds = saved.value();
    const QList<QString> &unsavedIds = unsaved.value();
    const Result<Figure> joins
        = figure(without(unsavedIds, QSet<QString>(savedIds.cbegin(), savedIds.cend())));
    const Result<Figure> leaves
        = figure(without(savedIds, QSet<QString>(unsavedIds.cbegin(), unsavedIds.cend())));
    if (!joins.isOk() || !leaves.isOk())
        return failed(joins.isOk() ? leaves.error() : joins.error());
    answer.joins = joins.value();
    answer.leaves = leaves.value();
    return answer;
}

Result<QStringList> SegmentPreview::members(const QString &field, const QString &query,
                                            const QString &parentListId) const
{
    const ParsedQuery parsed = QueryParser::parseStatement(query);
    if (parsed.hasErrors() || !parsed.statement)
        return Result<QStringList>::failure(
            parsed.diagnostics.isEmpty()
                ? QStringLiteral("%1 is not a query").arg(field)
                : QStringLiteral("%1: %2").arg(field, parsed.diagnostics.constFirst().toString()));
    return SegmentEvaluator(m_store, m_now).memberIds(*parsed.statement, parentListId);
}

Result<SegmentPreview::Figure> SegmentPreview::figure(const QStringList &ids) const
{
    Result<QJsonArray> first = SegmentEvaluator(m_store, m_now)
                                   .contacts(ids.mid(0, SegmentEvaluator::sampleSize),
                                             SegmentEvaluator::Shape::ContactSearch);
    if (!first.isOk())
        return Result<Figure>::failure(first.error());
    return Result<Figure>::success({ids.size(), std::move(first.value())});
}

SegmentPreview::Answer SegmentPreview::failed(const QString &problem) const
{
    Answer answer;
    answer.kind = m_deadline.expired() ? ContactSearch::Answer::Kind::TimedOut
                                       : ContactSearch::Answer::Kind::Refused;
    answer.problem = problem;
    return answer;
}
