// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// Which segment operations an API key allows, from the scopes `GET /v3/scopes` returns for it.
/// SendGrid groups Marketing Campaigns under marketing_campaigns.{create,read,update,delete};
/// marketing.read alone also reads (SendGrid's API key permissions: the marketing scopes).
struct KeyPermissions
{
    bool read = false;
    bool create = false;
    bool update = false;
    bool remove = false;

    static KeyPermissions fromScopes(const QStringList &scopes);
    /// A key that cannot change segments opens its profile read-only.
    bool canWrite() const { return create || update || remove; }
    bool operator==(const KeyPermissions &) const = default;
};
