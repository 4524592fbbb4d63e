// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(qMax(0, perMinute))
{ }

RateLimiter::State RateLimiter::take(const QString &key, const QString &endpoint,
                                     const QDateTime &now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    if (m_perMinute == 0)
        return {true, 0, 0, seconds + windowSeconds};
    Window &window = m_windows[key + u'\n' + endpoint];
    if (window.used == 0 || seconds >= window.start + windowSeconds)
        window = {seconds, 0};
    const bool allowed = window.used < m_perMinute;
    if (allowed)
        ++window.used;
    return {allowed, m_perMinute, m_perMinute - window.used, window.start + windowSeconds};
}
