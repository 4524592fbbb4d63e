// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

/// What one HTTP attempt produced, before any interpretation. Header names are lower case.
struct HttpResponse
{
    /// NetworkFailure includes a connection that broke after the status line: the body is then
    /// incomplete and is not handed on. TlsFailure (an untrusted certificate) is never retried.
    /// Refused: the client sent nothing (a write on a read-only profile, a path that is no
    /// route); networkErrorText says why.
    enum class Outcome {
        Replied,
        NetworkFailure,
        TlsFailure,
        TimedOut,
        TooLarge,
        Cancelled,
        Refused
    };

    Outcome outcome = Outcome::Replied;
    /// The request could change something (POST, PATCH, DELETE; not a GET or a search).
    bool write = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QString networkErrorText; ///< what went wrong, for NetworkFailure, TlsFailure and Refused
    /// A write (POST, PATCH, DELETE) whose reply does not say whether it was applied: the
    /// connection failed or timed out after the request may have reached the server, or a
    /// gateway answered 502 or 504 for a server behind it.
    bool mayHaveBeenApplied = false;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

Q_DECLARE_METATYPE(HttpResponse)
