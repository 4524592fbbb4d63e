// SPDX-License-Identifier: MIT
#pragma once

#include "contactsearch.h"

#include <QDateTime>

/// The sandbox's preview of an unsaved segment query, on an evaluation thread within the task's
/// deadline: the contacts a V2 query matches, counted as the saved segment would count them
/// (email activity included), or with `except` those of them the other query does not match
/// (who an edit adds or removes). Beyond SendGrid's API: the app asks it of a sandbox only.
class SegmentPreview
{
public:
    SegmentPreview(SandboxStore &store, const QueryDeadline &deadline, QDateTime now);

    /// `except` and `parentListId` may be empty.
    ContactSearch::Answer run(const QString &query, const QString &except,
                              const QString &parentListId) const;

private:
    SandboxStore &m_store;
    const QueryDeadline &m_deadline;
    QDateTime m_now;
};
