// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include "common/result.h"

#include <QList>

class Settings;

/// The profiles in Settings: add, update, duplicate, remove, with unique names (compared without
/// case) and the sample-data profile always present. Knows nothing of keys: removing a profile's
/// keychain entry is the caller's step (SecretStore::remove).
class ProfileStore
{
public:
    explicit ProfileStore(Settings *settings);

    /// Every profile that can be read, the sample-data one first, then by name. One that
    /// cannot (an unknown region or tag, written by a newer version or by hand) is skipped and
    /// named in problems(); the others stay usable.
    Result<QList<Profile>> profiles() const;
    /// What could not be read, each a sentence to show: the settings file itself (see
    /// Settings::unreadable(); nothing is saved then) and each profile skipped, with why.
    QStringList problems() const;
    /// Whether changes can be saved; fails with where and why not, before anything is asked.
    VoidResult writable() const;
    Result<Profile> find(const QUuid &id) const;
    Result<Profile> findByName(const QString &name) const;

    /// Stores a new profile under a fresh id (any id in `profile` is replaced) and returns it.
    Result<Profile> add(Profile profile);
    /// Replaces the stored profile with the same id.
    VoidResult update(const Profile &profile);
    /// A copy of `id` named `newName` (or "<name> copy", "<name> copy 2", …): the settings only;
    /// the copy has no key until one is stored for it.
    Result<Profile> duplicate(const QUuid &id, const QString &newName = {});
    /// Fails for the sample-data profile, which always exists.
    VoidResult remove(const QUuid &id);
    VoidResult markUsed(const QUuid &id, const QDateTime &when);

private:
    struct Reading
    {
        QList<Profile> profiles;
        QStringList skipped;
    };
    Reading read() const;
    VoidResult checkName(const Profile &profile) const;
    VoidResult store(const Profile &profile);

    Settings *m_settings;
};
