// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

/// Why a local SQLite store (drafts, history, the sandbox's data) did not open. The kind lets a
/// caller tell a file it must leave alone (Corrupt, TooNew: never overwritten, the user decides)
/// from one it may try again later (Unavailable).
enum class StoreProblem {
    None,
    Unavailable, ///< no folder, no permission, locked: SQLite's or the system's reason
    Corrupt, ///< the file is not an SQLite database, or its pages are damaged
    TooNew, ///< a later SegmentDesk wrote it (its schema version is higher than this build's)
    Migration ///< bringing an older file up to this build's schema failed; nothing changed
};

/// The outcome of opening a store: success, or a StoreProblem with a message that names the
/// file and is safe to show. Converts to VoidResult for callers that only show the message.
class [[nodiscard]] StoreResult
{
public:
    static StoreResult success() { return StoreResult(StoreProblem::None, {}); }
    static StoreResult failure(StoreProblem problem, QString message)
    {
        return StoreResult(problem == StoreProblem::None ? StoreProblem::Unavailable : problem,
                           std::move(message));
    }

    bool isOk() const { return m_problem == StoreProblem::None; }
    StoreProblem problem() const { return m_problem; }
    const QString &error() const { return m_message.error(); }
    /// The same problem with its message replaced (to say which store and file it was).
    StoreResult withMessage(QString message) const { return failure(m_problem, message); }
    operator VoidResult() const { return m_message; }

private:
    StoreResult(StoreProblem problem, QString message)
        : m_problem(problem)
        , m_message(problem == StoreProblem::None ? VoidResult::success()
                                                  : VoidResult::failure(std::move(message)))
    { }

    StoreProblem m_problem;
    VoidResult m_message;
};
