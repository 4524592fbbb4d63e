// SPDX-License-Identifier: MIT
#include "batchflow.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "editing/editflow.h"
#include "editing/namerules.h"
#include "editing/segmentwrite.h"

BatchFlow::BatchFlow(SegmentsApi *api, EditFlow *edit, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_edit(edit)
{ }

bool BatchFlow::start(Action action, const QList<SegmentSummary> &segments,
                      const QStringList &takenNames)
{
    if (isRunning() || segments.isEmpty())
        return false;
    m_action = action;
    m_segments = segments;
    m_outcomes = QList<std::optional<BatchOutcome>>(segments.size());
    m_taken = takenNames;
    m_calls.clear();
    m_total = int(segments.size());
    m_next = m_inFlight = m_mostInFlight = m_settled = 0;
    m_cancelled = false;
    Q_EMIT progressed(0, m_total);
    startMore();
    return true;
}

void BatchFlow::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call && !call->isFinished())
            call->cancel();
    }
    startMore(); // settles those never started
}

void BatchFlow::startMore()
{
    while (m_next < m_total && (m_cancelled || m_inFlight < MaxInFlight)) {
        const int index = m_next++;
        if (m_cancelled) {
            record(index, BatchOutcome::Status::Cancelled); // never sent
            continue;
        }
        ++m_inFlight;
        m_mostInFlight = std::max(m_mostInFlight, m_inFlight);
        if (m_action == Action::Delete)
            removeOne(index);
        else
            duplicateOne(index);
    }
}

void BatchFlow::removeOne(int index)
{
    const SegmentSummary &doomed = m_segments.at(index);
    follow(index, m_api->remove(doomed.id, this, [this, index](const ApiResult<NoContent> &done) {
        if (!done.isOk())
            return settleFailed(index, done.error);
        const QString id = m_segments.at(index).id;
        m_edit->removeDraft(id);
        if (m_edit->current().id == id)
            m_edit->closeSegment();
        settle(index, BatchOutcome::Status::Done);
    }));
}

// The list carries no query: each copy reads its original first.
void BatchFlow::duplicateOne(int index)
{
    const QString id = m_segments.at(index).id;
    follow(index, m_api->get(id, false, this, [this, index](const ApiResult<Segment> &read) {
        if (!read.isOk())
            return settleFailed(index, read.error);
        if (m_cancelled)
            return settle(index, BatchOutcome::Status::Cancelled);
        copyOne(index, *read.value);
    }));
}

void BatchFlow::copyOne(int index, const Segment &original)
{
    const QString name = NameRules::copyName(original.name, m_taken);
    m_taken << name; // the next copy of the same name takes the next number
    auto *write
        = SegmentWrite::create(m_api, {name, original.queryDsl, original.parentListIds}, this);
    connect(write, &SegmentWrite::callStarted, this,
            [this, index](ApiCall *call) { follow(index, call); });
    connect(write, &SegmentWrite::finished, this, [this, index](const WriteOutcome &outcome) {
        if (outcome.fate == WriteOutcome::Fate::Written)
            return settle(index, BatchOutcome::Status::Done, outcome.segment->name);
        if (outcome.fate == WriteOutcome::Fate::Unknown)
            return settle(index, BatchOutcome::Status::Failed,
                          tr("SendGrid did not say whether the copy was made: reload the list "
                             "(F5) before trying again. %1")
                              .arg(outcome.error.toDisplayString()));
        settleFailed(index, outcome.error);
    });
    write->start();
}

void BatchFlow::follow(int index, ApiCall *call)
{
    m_calls << call;
    connect(call, &ApiCall::retryScheduled, this,
            [this, index](int, qint64 delayMs, const ApiError &cause) {
                Q_EMIT waiting(m_segments.at(index).name, delayMs, cause);
            });
}

void BatchFlow::settleFailed(int index, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return settle(index, BatchOutcome::Status::Cancelled);
    settle(index, BatchOutcome::Status::Failed, error.toDisplayString());
}

void BatchFlow::settle(int index, BatchOutcome::Status status, const QString &detail)
{
    --m_inFlight;
    record(index, status, detail);
    if (!m_cancelled)
        startMore();
}

void BatchFlow::record(int index, BatchOutcome::Status status, const QString &detail)
{
    const SegmentSummary &segment = m_segments.at(index);
    m_outcomes[index] = BatchOutcome {segment.id, segment.name, status, detail};
    ++m_settled;
    Q_EMIT progressed(m_settled, m_total);
    if (m_settled < m_total)
        return;
    QList<BatchOutcome> outcomes;
    for (const std::optional<BatchOutcome> &o : std::as_const(m_outcomes))
        outcomes << *o;
    Q_EMIT finished(outcomes);
}
