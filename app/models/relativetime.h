// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>

/// "just now", "12 min ago", "3 h ago", "yesterday", "4 days ago", then the date: how the list
/// and the history say when something happened. `now` comes from the caller's Clock; without
/// one (an invalid `now`) the date and time are given, never a guess from the wall clock.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString text(const QDateTime &then, const QDateTime &now);
};
