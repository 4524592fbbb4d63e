// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

/// What one HTTP attempt produced, before any interpretation. Header names are lower case.
struct HttpResponse
{
    enum class Outcome { Replied, NetworkFailure, TimedOut, TooLarge, Cancelled };

    Outcome outcome = Outcome::Replied;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QString networkErrorText; ///< Qt's description, for NetworkFailure

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

Q_DECLARE_METATYPE(HttpResponse)
