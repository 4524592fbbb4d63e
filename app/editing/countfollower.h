// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiCall;
class SegmentsApi;

/// Follows a segment until SendGrid counts it: its first count (new, duplicated, recreated), or
/// the first after a saved change of its query (SendGrid recounts a changed query as it counts a
/// new one). Re-reads it with its sample after growing pauses on the client's clock, for at most
/// `longestFollow`, and can be cancelled. SendGrid counts within minutes (about 30 for
/// engagement), so pauses grow from 2 s to at most a minute.
class CountFollower : public QObject
{
    Q_OBJECT

public:
    explicit CountFollower(SegmentsApi *api, QObject *parent = nullptr);

    /// Until a count made after `countedAfter` (SendGrid's time; invalid: any first count).
    void follow(const QString &segmentId, const QDateTime &countedAfter = {});
    void cancel();
    bool isActive() const { return !m_segmentId.isEmpty(); }
    bool isFollowing(const QString &segmentId, const QDateTime &countedAfter) const
    {
        return m_segmentId == segmentId && m_countedAfter == countedAfter;
    }

    static constexpr std::chrono::milliseconds firstPause {2000};
    static constexpr std::chrono::milliseconds longestPause {60 * 1000};
    static constexpr std::chrono::minutes longestFollow {60};

Q_SIGNALS:
    /// The count arrived: `segment` as read, with its sample.
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
    QDateTime m_countedAfter;
    QDateTime m_since;
    std::chrono::milliseconds m_pause {firstPause};
    int m_generation = 0; ///< a check scheduled for an earlier follow does nothing
};
