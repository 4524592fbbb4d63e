// SPDX-License-Identifier: MIT
#include "validationfollower.h"

#include "api/segmentsapi.h"

#include <cmath>

ValidationFollower::ValidationFollower(SegmentsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ValidationFollower::check);
}

void ValidationFollower::follow(const QString &segmentId)
{
    cancel();
    m_segmentId = segmentId;
    m_checks = 0;
    m_timer.start(m_firstPause);
}

void ValidationFollower::check()
{
    m_call = m_api->get(m_segmentId, false, this, [this](const ApiResult<Segment> &result) {
        if (m_segmentId.isEmpty())
            return; // cancelled
        ++m_checks;
        // Stopped before the news goes out: whoever hears it sees the follower idle.
        if (!result.isOk()) {
            stop();
            return Q_EMIT gaveUp(result.error);
        }
        if (result.value->status.validation() != SegmentStatus::Validation::Pending) {
            stop();
            return Q_EMIT settled(*result.value);
        }
        Q_EMIT checked(*result.value, m_checks);
        if (m_checks >= maxChecks) {
            stop();
            return Q_EMIT gaveUp(ApiError::make(ApiError::Kind::Timeout,
                                                tr("SendGrid is still checking the query; reload "
                                                   "later to see the result.")));
        }
        // Pauses grow (1×, 1.5×, 2.25× … capped at 10×) so a slow check does not flood the API.
        m_timer.start(int(qMin(10.0, std::pow(1.5, m_checks)) * m_firstPause));
    });
}

void ValidationFollower::cancel()
{
    if (m_segmentId.isEmpty())
        return;
    m_timer.stop();
    const QPointer<ApiCall> call = m_call;
    stop();
    if (call)
        call->cancel();
}

void ValidationFollower::stop()
{
    m_segmentId.clear();
    Q_EMIT stopped();
}
