// SPDX-License-Identifier: MIT
#pragma once

#include "editing/refreshquota.h"

#include "common/result.h"
#include "segmentrow.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

class SandboxStore;

/// SendGrid's segment lifecycle, evaluated lazily whenever a segment is read: a new or edited
/// query is PENDING until its validation time, then VALID or INVALID; counts and samples are
/// recomputed when `next_sample_update` has passed (hourly, doubling toward 24 h while the
/// count is unchanged), or at once by a manual refresh. Delays are divided by the time scale.
class SegmentEngine
{
public:
    SegmentEngine(SandboxStore &store, double timeScale);

    static constexpr qint64 validationDelaySeconds = 5;
    static constexpr qint64 firstSampleInterval = 3600;
    static constexpr qint64 longestSampleInterval = 24 * 3600;
    static constexpr int maxRefreshesPerDay = RefreshQuota::PerSegmentPerDay;
    static constexpr int accountRefreshesPerDay = RefreshQuota::PerAccountPerDay;

    /// Loads one segment (nullopt: no such id) with its lifecycle brought up to date.
    Result<std::optional<SegmentRow>> load(const QString &id);
    Result<QList<SegmentRow>> loadAll();
    /// Recomputes count and sample now (manual refresh, or a due schedule). A query SQLite
    /// cannot run makes the segment INVALID with SQLite's message, never VALID with 0 contacts.
    void recompute(SegmentRow &row);
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

    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    static QString stamp(const QDateTime &time);

private:
    VoidResult advance(SegmentRow &row);
    void validate(SegmentRow &row);
    QDateTime later(qint64 seconds) const;

    SandboxStore &m_store;
    double m_timeScale;
};
