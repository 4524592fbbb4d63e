// SPDX-License-Identifier: MIT
#include "countfollower.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "common/clock.h"

CountFollower::CountFollower(SegmentsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void CountFollower::follow(const QString &segmentId, const QDateTime &countedAfter)
{
    cancel();
    m_segmentId = segmentId;
    m_countedAfter = countedAfter;
    m_since = m_api->clock()->now();
    m_pause = firstPause;
    scheduleCheck();
}

// On the client's clock, so that tests move time on instead of waiting for it.
void CountFollower::scheduleCheck()
{
    const int generation = ++m_generation;
    m_api->clock()->schedule(m_pause, this, [this, generation] { check(generation); });
    m_pause = std::min(longestPause, m_pause * 3 / 2);
}

void CountFollower::check(int generation)
{
    if (generation != m_generation || m_segmentId.isEmpty())
        return;
    m_call = m_api->get(m_segmentId, true, this,
                        [this](const ApiResult<Segment> &result) { onRead(result); });
}

void CountFollower::onRead(const ApiResult<Segment> &result)
{
    m_call = nullptr;
    if (m_segmentId.isEmpty())
        return; // cancelled
    // Stopped before the news goes out: whoever hears it sees the follower idle.
    if (!result.isOk()) {
        stop();
        return Q_EMIT gaveUp(result.error);
    }
    if (result.value->isCountedSince(m_countedAfter)) {
        stop();
        return Q_EMIT counted(*result.value);
    }
    if (result.value->status.validation() == SegmentStatus::Validation::Invalid) {
        stop();
        return Q_EMIT gaveUp(ApiError::make(ApiError::Kind::Validation,
                                            tr("SendGrid does not count a rejected query.")));
    }
    if (m_since.msecsTo(m_api->clock()->now())
        >= std::chrono::milliseconds(longestFollow).count()) {
        stop();
        return Q_EMIT gaveUp(ApiError::make(
            ApiError::Kind::Timeout,
            tr("SendGrid has not counted the segment within an hour; reload (F5) later.")));
    }
    scheduleCheck();
}

void CountFollower::cancel()
{
    if (m_segmentId.isEmpty())
        return;
    const QPointer<ApiCall> call = m_call;
    stop();
    if (call)
        call->cancel();
}

void CountFollower::stop()
{
    m_segmentId.clear();
    ++m_generation;
}
