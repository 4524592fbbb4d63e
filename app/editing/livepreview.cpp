// SPDX-License-Identifier: MIT
#include "livepreview.h"

#include "api/contactsapi.h"
#include "common/clock.h"
#include "query/querylimits.h"

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
    m_planWork.cancel();
    m_planning = false;
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
    auto planned = [query = m_query, saved = m_saved, parents = m_parentListIds,
                    inSandbox = m_api->canPreviewInSandbox()] {
        return LivePreviewPlan::make(query, saved, parents, inSandbox);
    };
    if (m_query.size() + m_saved.size() <= QueryLimits::InlineAnalysisChars)
        return search(planned());
    m_planning = true;
    m_planWork.run(std::move(planned), [this](const LivePreviewPlan &searches) {
        m_planning = false;
        search(searches);
    });
}

void LivePreview::search(const LivePreviewPlan &plan)
{
    m_result = LivePreviewResult {};
    m_result.query = m_query;
    if (plan.joins && plan.leaves) {
        m_result.joins = PreviewFigure {};
        m_result.leaves = PreviewFigure {};
    }
    const bool compared = plan.joins && plan.leaves;
    if (plan.asksSandbox())
        askSandbox(compared && plan.joins->way == LivePreviewPlan::Figure::Way::Sandbox);
    else
        ask(Figure::Matches, plan.matches);
    if (compared && plan.joins->way != LivePreviewPlan::Figure::Way::Sandbox) {
        ask(Figure::Joins, *plan.joins);
        ask(Figure::Leaves, *plan.leaves);
    }
    if (m_outstanding > 0)
        Q_EMIT searchStarted(m_query);
    deliverIfComplete(); // when nothing could be asked
}

void LivePreview::ask(Figure figure, const LivePreviewPlan::Figure &request)
{
    using Way = LivePreviewPlan::Figure::Way;
    if (request.way == Way::None) {
        slot(figure).notTranslatable = request.reason;
        return;
    }
    slot(figure).atMost = request.way == Way::SearchAtMost;
    ++m_outstanding;
    m_calls.append(m_api->search(request.condition, this,
                                 [this, generation = m_generation, figure](const auto &result) {
                                     onSearchFinished(generation, figure, result);
                                 }));
}

void LivePreview::askSandbox(bool compared)
{
    ++m_outstanding;
    m_calls.append(m_api->previewInSandbox(
        m_query, compared ? m_saved : QString(), m_parentListIds, this,
        [this, generation = m_generation](const ApiResult<SandboxPreview> &result) {
            onSandboxPreviewed(generation, result);
        }));
}

void LivePreview::onSandboxPreviewed(quint64 generation, const ApiResult<SandboxPreview> &result)
{
    if (generation != m_generation)
        return; // an answer to text that has changed since
    using Answer = ApiResult<ContactSearchResult>;
    const auto answer = [&result](const std::optional<ContactSearchResult> &figure) {
        return !result.isOk() ? Answer::failure(result.error)
            : figure          ? Answer::success(*figure)
                              : Answer::failure({}); // the client checked it is there
    };
    m_result.matches.answer = answer(result.isOk() ? result.value->matches : ContactSearchResult());
    if (m_result.joins && m_result.joins->notTranslatable.isEmpty()) {
        m_result.joins->answer = answer(result.isOk() ? result.value->joins : std::nullopt);
        m_result.leaves->answer = answer(result.isOk() ? result.value->leaves : std::nullopt);
    }
    --m_outstanding;
    deliverIfComplete();
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
    m_result.previewedAt = m_api->clock()->now();
    ++m_generation; // delivered once
    Q_EMIT previewed(m_result);
}
