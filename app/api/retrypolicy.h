// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponse.h"

#include <QDateTime>

#include <chrono>
#include <optional>

/// When a failed attempt is tried again, and after how long.
/// GET is retried on 429, 502, 503, 504 and connection failures; other methods only on 429,
/// because a write that reached the server may have been applied.
struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay {1000};
    std::chrono::milliseconds maxTotal {60000};
    double jitter = 0.25; ///< up to this fraction is added to each delay, at random

    static bool isRetryable(const QByteArray &method, const HttpResponse &response);

    /// The wait before attempt `nextAttempt` (2 = first retry), or nothing when the budget is
    /// spent. `elapsed` is the time since the first attempt; `randomUnit` is in [0, 1).
    std::optional<std::chrono::milliseconds>
    delayBefore(int nextAttempt, const HttpResponse &failed, const QDateTime &now,
                std::chrono::milliseconds elapsed, double randomUnit) const;
};
