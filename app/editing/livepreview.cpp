// SPDX-License-Identifier: MIT
#include "livepreview.h"

#include "livepreviewquery.h"

#include "api/clock.h"
#include "query/parser.h"

LivePreview::LivePreview(ContactsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &LivePreview::start);
}

void LivePreview::setSaved(const QString &savedQuery, const QStringList &parentListIds)
{
    m_saved = savedQuery;
    m_parentListIds = parentListIds;
}

void LivePreview::edit(const QString &query)
{
    // The same text again (a caller reporting it more than once) neither restarts the pause,
    // which would then never end under repeated reports, nor searches again.
    if (m_pending && query == m_query)
        return;
    cancel();
    m_query = query;
    m_pending = true;
    m_timer.start();
}

void LivePreview::cancel()
{
    m_pending = false;
    m_timer.stop();
    ++m_generation;
    m_outstanding = 0;
    // Taken first: a cancelled call reports at once, into a generation nobody waits for.
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls)
        if (call)
            call->cancel();
}

void LivePreview::start()
{
    m_result = LivePreviewResult {};
    m_result.query = m_query;
    const ParsedQuery unsaved = QueryParser::parseStatement(m_query);
    if (unsaved.hasErrors() || !unsaved.statement) {
        m_result.matches.notTranslatable = tr("the query has errors; fix them to see a preview");
        return deliverIfComplete();
    }
    ask(Figure::Matches, LivePreviewQuery::matches(*unsaved.statement, m_parentListIds));
    if (!m_saved.trimmed().isEmpty())
        compare(unsaved);
    if (m_outstanding > 0)
        Q_EMIT searchStarted(m_query);
    deliverIfComplete(); // when nothing could be asked
}

void LivePreview::compare(const ParsedQuery &unsaved)
{
    const ParsedQuery saved = QueryParser::parseStatement(m_saved);
    if (saved.hasErrors() || !saved.statement) {
        const QString why = tr("the saved query has errors; there is nothing to compare with");
        m_result.joins = PreviewFigure {why, {}};
        m_result.leaves = PreviewFigure {why, {}};
        return;
    }
    m_result.joins = PreviewFigure {};
    m_result.leaves = PreviewFigure {};
    ask(Figure::Joins,
        LivePreviewQuery::arrivals(*saved.statement, *unsaved.statement, m_parentListIds));
    ask(Figure::Leaves,
        LivePreviewQuery::arrivals(*unsaved.statement, *saved.statement, m_parentListIds));
}

void LivePreview::ask(Figure figure, const Result<QString> &condition)
{
    if (!condition.isOk()) {
        slot(figure).notTranslatable = condition.error();
        return;
    }
    ++m_outstanding;
    const quint64 generation = m_generation;
    m_calls.append(
        m_api->search(condition.value(), this, [this, generation, figure](const auto &result) {
            onSearchFinished(generation, figure, result);
        }));
}

void LivePreview::onSearchFinished(quint64 generation, Figure figure,
                                   const ApiResult<ContactSearchResult> &result)
{
    if (generation != m_generation)
        return; // an answer to text that has changed since
    slot(figure).answer = result;
    --m_outstanding;
    deliverIfComplete();
}

PreviewFigure &LivePreview::slot(Figure figure)
{
    switch (figure) {
    case Figure::Joins:
        return *m_result.joins;
    case Figure::Leaves:
        return *m_result.leaves;
    case Figure::Matches:
        break;
    }
    return m_result.matches;
}

void LivePreview::deliverIfComplete()
{
    if (m_outstanding > 0)
        return;
    m_calls.clear();
    m_result.previewedAt = Clock::system()->now();
    ++m_generation; // delivered once
    Q_EMIT previewed(m_result);
}
