// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

/// A server time: the exact text SendGrid sent (for round trips) and its UTC value.
struct Timestamp
{
    QString raw;
    QDateTime utc;

    bool isNull() const { return raw.isEmpty(); }
    bool operator==(const Timestamp &other) const { return raw == other.raw; }

    /// Parses ISO-8601 with or without milliseconds and offset; an invalid `utc` on failure.
    static Timestamp fromString(const QString &text);
    static Timestamp fromDateTime(const QDateTime &dateTime);
};
