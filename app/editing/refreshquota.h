// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QDateTime>

/// SendGrid's manual-refresh quotas (segments-v2-api.md): one per segment per hour, two per
/// segment per day and ten per account per day, days in the caller's time zone. The one rule
/// the window and the CLI use to say which quota a refusal is about and when it frees.
namespace RefreshQuota {

constexpr int PerSegmentPerHour = 1;
constexpr int PerSegmentPerDay = 2;
constexpr int PerAccountPerDay = 10;

/// A 429 from POST …/refresh, for a person: which quota is used up (from X-RateLimit-Limit)
/// and the time it frees (X-RateLimit-Reset, shown in local time, with the day when not today).
QString explainRefusal(const ApiError &error, const QDateTime &now);
/// `when` in local time: "14:05", or "Mon 30 Nov, 00:00" when it is not on the day of `now`.
QString localTimeOfDay(const QDateTime &when, const QDateTime &now);

} // namespace RefreshQuota
