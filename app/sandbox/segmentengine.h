// SPDX-License-Identifier: MIT
#pragma once

#include "editing/refreshquota.h"

#include "common/result.h"
#include "sandboxclock.h"
#include "segmentrow.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

class SandboxStore;

/// SendGrid's segment lifecycle as stored: a new or edited query is PENDING until its
/// validation time, then VALID or INVALID; counts and samples are recomputed when
/// `next_sample_update` has passed (hourly, doubling toward 24 h while the count is unchanged),
/// or at once by a manual refresh. Delays are divided by the time scale. What is due is worked
/// out by a SegmentJob on an evaluation thread (SegmentScheduler), never here: loading a
/// segment never runs its query.
class SegmentEngine
{
public:
    SegmentEngine(SandboxStore &store, SandboxClock clock);

    static constexpr qint64 validationDelaySeconds = 5;
    static constexpr qint64 firstSampleInterval = 3600;
    static constexpr qint64 longestSampleInterval = 24 * 3600;
    static constexpr int maxRefreshesPerDay = RefreshQuota::PerSegmentPerDay;
    static constexpr int accountRefreshesPerDay = RefreshQuota::PerAccountPerDay;

    /// Loads one segment as stored (nullopt: no such id).
    Result<std::optional<SegmentRow>> load(const QString &id);
    Result<QList<SegmentRow>> loadAll();
    /// Whether the segment's validation or its scheduled count is due.
    bool isDue(const SegmentRow &row) const;
    VoidResult save(const SegmentRow &row);
    /// INVALID with `message`, saved: what every evaluation failure turns into.
    VoidResult invalidate(SegmentRow &row, const QString &message);

    /// `PENDING` now, decided `validationDelaySeconds` (scaled) later.
    void markEdited(SegmentRow &row);
    Result<QJsonObject> toJson(const SegmentRow &row, bool full, bool withSample) const;
    Result<int> refreshesToday(const SegmentRow &row) const;
    /// Manual refreshes since `since`: of one segment, or of the account without an id.
    Result<int> refreshesSince(const QDateTime &since, const QString &segmentId = {}) const;
    /// Today's local midnight in the IANA `zone`, where SendGrid's daily refresh quota resets.
    QDateTime startOfDay(const QString &zone) const;

    QDateTime now() const { return m_clock.now(); }
    static QString stamp(const QDateTime &time);
    const SandboxClock &clock() const { return m_clock; }

private:
    SandboxStore &m_store;
    SandboxClock m_clock;
};
