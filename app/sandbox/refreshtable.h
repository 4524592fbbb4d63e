// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

class SandboxStore;

/// The manual refreshes (refreshes: a segment id and a time stamp each), which SendGrid's
/// quotas count: every statement on the table is here. Stamps are SegmentEngine::stamp text.
class RefreshTable
{
public:
    explicit RefreshTable(const SandboxStore &store)
        : m_store(store)
    { }

    VoidResult add(const QString &segmentId, const QString &at);
    /// Refreshes at or after `since`: of one segment, or of the account without an id.
    Result<int> countSince(const QString &since, const QString &segmentId = {}) const;
    /// The stamp of the segment's first refresh at or after `since`; empty when none.
    Result<QString> firstSince(const QString &segmentId, const QString &since) const;
    VoidResult removeFor(const QString &segmentId);

private:
    const SandboxStore &m_store;
};
