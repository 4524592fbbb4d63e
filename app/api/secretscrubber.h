// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

/// Removes the API key from texts that are shown or logged (error texts, log lines), never from
/// data that is decoded, saved or exported: a segment whose name or query happens to contain
/// the key's text must come back as it is.
class SecretScrubber
{
public:
    explicit SecretScrubber(const QByteArray &secret = {});

    QString scrub(QString text) const;
    QStringList scrub(QStringList texts) const;
    /// Every text of `error` (message, detail, field errors, request id), scrubbed.
    ApiError scrub(ApiError error) const;

private:
    QString m_secret;
};
