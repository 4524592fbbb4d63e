// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QDateTime>

#include <optional>

class SandboxStore;
class SegmentEngine;

/// SendGrid's manual-refresh quota (segments-v2-api.md §4.6): 1 per segment per hour, 2 per
/// segment per day and 10 per account per day, days ending at local midnight in the caller's
/// time zone.
class RefreshAllowance
{
public:
    RefreshAllowance(const SandboxStore &store, const SegmentEngine &engine);

    /// Which part of the quota refuses a refresh, and when that part frees again.
    struct Refusal
    {
        int limit = 0; ///< the allowance that is used up (1, 2 or 10)
        QDateTime freesAt;
    };

    /// nullopt when a refresh of `segmentId` in `zone` is allowed now.
    Result<std::optional<Refusal>> refusal(const QString &segmentId, const QString &zone) const;

private:
    Result<QDateTime> hourFreesAt(const QString &segmentId) const;

    const SandboxStore &m_store;
    const SegmentEngine &m_engine;
};
