// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "segmentrow.h"

#include <QList>

#include <optional>

class SandboxStore;

/// The sandbox's segments table: every statement on it is here (its columns in SegmentRow).
class SegmentTable
{
public:
    explicit SegmentTable(SandboxStore &store)
        : m_store(store)
    { }

    /// Nothing (no error) when no segment has the id.
    Result<std::optional<SegmentRow>> find(const QString &id) const;
    /// Oldest first.
    Result<QList<SegmentRow>> all() const;
    Result<bool> exists(const QString &id) const;
    /// Whether a segment other than `exceptId` has `name`.
    Result<bool> nameTaken(const QString &name, const QString &exceptId) const;
    /// Adds the segment or replaces the one with its id.
    VoidResult save(const SegmentRow &row);
    /// The segment and its refresh history, both or neither: a failure half-way must not leave
    /// a segment without its history (its quota would reset) or a history without its segment.
    VoidResult remove(const QString &id);

private:
    SandboxStore &m_store;
};
