// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiCall;
class SegmentsApi;

/// Follows a segment SendGrid has not counted yet (new, duplicated, recreated) until its first
/// count: re-reads it with its sample after growing pauses on the client's clock, for at most
/// `longestFollow`, and can be cancelled. SendGrid counts a new segment within minutes (about
/// 30 for engagement), so pauses grow from 2 s to at most a minute.
class CountFollower : public QObject
{
    Q_OBJECT

public:
    explicit CountFollower(SegmentsApi *api, QObject *parent = nullptr);

    void follow(const QString &segmentId);
    void cancel();
    bool isActive() const { return !m_segmentId.isEmpty(); }

    static constexpr std::chrono::milliseconds firstPause {2000};
    static constexpr std::chrono::milliseconds longestPause {60 * 1000};
    static constexpr std::chrono::minutes longestFollow {60};

Q_SIGNALS:
    /// The first count arrived: `segment` as read, with its sample.
    void counted(const Segment &segment);
    /// Stopped without a count: an error, a rejected query, or still uncounted after an hour.
    void gaveUp(const ApiError &error);

private:
    void scheduleCheck();
    void check(int generation);
    void onRead(const ApiResult<Segment> &result);
    void stop();

    SegmentsApi *m_api;
    QString m_segmentId;
    QPointer<ApiCall> m_call;
    QDateTime m_since;
    std::chrono::milliseconds m_pause {firstPause};
    int m_generation = 0; ///< a check scheduled for an earlier follow does nothing
};
