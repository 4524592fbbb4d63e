// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "local/historyversion.h"

#include <future>
#include <optional>

/// Records one version in the local history from a thread of its own, which opens the store
/// as soon as the recorder exists. Opening it (loading the SQL driver, reading the schema) is
/// most of what the CLI adds to a request (#20 §5); done beside the request, it costs nothing
/// the user waits for. The store is opened, used and closed in that thread only, as Qt's SQL
/// connections require.
class HistoryRecorder
{
public:
    HistoryRecorder();
    /// Records nothing, once the store has been opened.
    ~HistoryRecorder();
    HistoryRecorder(const HistoryRecorder &) = delete;
    HistoryRecorder &operator=(const HistoryRecorder &) = delete;

    /// Hands `version` to the thread and waits until it is recorded: success, or why the store
    /// could not be opened or written. Once only.
    VoidResult record(const HistoryVersion &version);

private:
    std::promise<std::optional<HistoryVersion>> m_version;
    std::future<VoidResult> m_done;
    bool m_handedOver = false;
};
