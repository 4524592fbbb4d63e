// SPDX-License-Identifier: MIT
#pragma once

#include "secretresult.h"

#include <QObject>
#include <QUuid>

#include <functional>

/// Where the API key of each profile is kept. Operations are asynchronous; each callback runs
/// once, on the store's thread, unless its context object (never null) was destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    /// "segmentdesk/<profile id>": the namespace is in the key itself, because on Windows
    /// QtKeychain uses the key alone as the credential name.
    static QString keyFor(const QUuid &profile);

    /// Ok with the secret, or NotFound when none is stored for `profile`.
    virtual void read(const QUuid &profile, QObject *context, Callback done) = 0;
    /// Stores `secret` for `profile`, replacing any earlier one.
    virtual void write(const QUuid &profile, const QString &secret, QObject *context, Callback done)
        = 0;
    /// Deletes the secret of `profile`; Ok also when there was none.
    virtual void remove(const QUuid &profile, QObject *context, Callback done) = 0;
};
