// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

using namespace std::chrono;

bool RetryPolicy::isRetryable(const QByteArray &method, const HttpResponse &response)
{
    if (response.outcome == HttpResponse::Outcome::Replied && response.status == 429)
        return true;
    if (method != "GET")
        return false;
    if (response.outcome == HttpResponse::Outcome::NetworkFailure)
        return true;
    return response.outcome == HttpResponse::Outcome::Replied
        && (response.status == 502 || response.status == 503 || response.status == 504);
}

std::optional<milliseconds> RetryPolicy::delayBefore(int nextAttempt, const HttpResponse &failed,
                                                     const QDateTime &now, milliseconds elapsed,
                                                     double randomUnit) const
{
    if (nextAttempt > maxAttempts)
        return std::nullopt;
    const double factor = std::pow(2.0, nextAttempt - 2);
    milliseconds delay {qRound64(baseDelay.count() * factor * (1.0 + jitter * randomUnit))};

    bool ok = false;
    const qint64 reset = failed.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
    if (ok && failed.status == 429) {
        const milliseconds untilReset {now.msecsTo(QDateTime::fromSecsSinceEpoch(reset, Qt::UTC))};
        delay = std::max(delay, untilReset);
    }
    if (elapsed + delay > maxTotal)
        return std::nullopt;
    return delay;
}
