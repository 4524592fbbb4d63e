// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

/// SendGrid's generic rate limit (segments-v2-api.md §2): a budget per endpoint and API key
/// that refills every minute. Only requests with an accepted key spend it, so a wrong key
/// cannot exhaust a valid key's budget.
class RateLimiter
{
public:
    /// `perMinute` 0: unlimited.
    explicit RateLimiter(int perMinute);

    struct State
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 reset = 0; ///< Unix seconds when the window refills
    };

    /// Counts one request of `key` to `endpoint` (e.g. "GET /v3/…/{id}") at `now`.
    State take(const QString &key, const QString &endpoint, const QDateTime &now);
    int limit() const { return m_perMinute; }

    static constexpr qint64 windowSeconds = 60;

private:
    struct Window
    {
        qint64 start = 0;
        int used = 0;
    };

    int m_perMinute;
    QHash<QString, Window> m_windows;
};
