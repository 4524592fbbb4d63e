// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class SegmentsApi;

/// Follows a segment's validation out of PENDING after a save: re-reads it (no sample) with
/// growing pauses, at most `maxChecks` times, and can be cancelled.
class ValidationFollower : public QObject
{
    Q_OBJECT

public:
    explicit ValidationFollower(SegmentsApi *api, QObject *parent = nullptr);

    void follow(const QString &segmentId);
    void cancel();
    bool isActive() const { return !m_segmentId.isEmpty(); }
    void setFirstPause(int milliseconds) { m_firstPause = milliseconds; }

    static constexpr int maxChecks = 20;

Q_SIGNALS:
    void checked(const Segment &segment, int check); ///< still PENDING after `check` reads
    void settled(const Segment &segment); ///< VALID or INVALID
    void gaveUp(const ApiError &error); ///< an error, or still PENDING after maxChecks
    void stopped(); ///< after any of the above or cancel()

private:
    void check();
    void stop();

    SegmentsApi *m_api;
    QTimer m_timer;
    QString m_segmentId;
    QPointer<ApiCall> m_call;
    int m_checks = 0;
    int m_firstPause = 1000;
};
