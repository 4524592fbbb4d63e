// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>
#include <QUuid>

/// One SendGrid account (or subuser) SegmentDesk connects to. Holds no secret: the API key of
/// a profile lives in the keychain under SecretStore::keyFor(id).
struct Profile
{
    /// Where the account lives. Sandbox belongs to the built-in sample-data profile only: its
    /// server is the in-process sandbox, whose port is chosen at run time.
    enum class Region { Global, Eu, Custom, Sandbox };
    /// A tag the window shows as a colour band; Production asks before saving or deleting.
    enum class Tag { None, Production, Staging, Development, Testing };

    QUuid id;
    QString name;
    Region region = Region::Global;
    QUrl customUrl; ///< the server of a Custom profile; ignored by the other regions
    Tag tag = Tag::None;
    bool readOnly = false;
    QDateTime lastUsed; ///< UTC; invalid: never used

    /// The built-in sample-data profile: a fixed id, so the CLI and the window agree on it.
    static QUuid sandboxId();
    static Profile sandbox();
    bool isSandbox() const { return id == sandboxId(); }

    /// The server of this profile; empty for the sandbox (known only once it runs).
    QUrl baseUrl() const;
    /// Whether the profile can be stored: a name, and a usable server for a Custom profile.
    VoidResult validate() const;

    static QString regionName(Region region); ///< "global", "eu", "custom", "sandbox"
    static Result<Region> regionFromName(const QString &name);
    static QString tagName(Tag tag); ///< "none", "production", …
    static Result<Tag> tagFromName(const QString &name);
};

Q_DECLARE_METATYPE(Profile)
