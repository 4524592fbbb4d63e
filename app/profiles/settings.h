// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include "common/result.h"

#include <QSettings>
#include <QUuid>
#include <QVariant>

/// Owns every QSettings key SegmentDesk stores, each with its type and default (as KeePassXC's
/// Config does with ConfigKey). The window and segmentdesk-cli share one file, so the CLI sees
/// the profiles made in the window. Never holds a secret: API keys live in the keychain.
class Settings
{
public:
    /// The stored fields of a profile, under profiles/<id>/<field>.
    enum class ProfileKey { Name, Region, BaseUrl, Tag, ReadOnly, LastUsed };

    /// `filePath` is an INI file; tests pass one inside a QTemporaryDir.
    explicit Settings(const QString &filePath);

    /// Why the file could not be read whole (a line QSettings cannot read), or empty. Such a
    /// file is never written: every change is dropped and sync() fails with this reason, so
    /// what could not be read stays in the file for the user to mend.
    QString unreadable() const { return m_unreadable; }

    /// <config dir>/SegmentDesk/SegmentDesk.conf (QStandardPaths), the same for every executable.
    static QString defaultFilePath();
    QString filePath() const { return m_settings.fileName(); }

    QList<QUuid> profileIds() const;
    /// The stored profile `id`; fails when a field holds something this version cannot read.
    Result<Profile> readProfile(const QUuid &id) const;
    /// The name stored for `id`, readable or not the rest of it is.
    QString profileName(const QUuid &id) const;
    /// Changes to be written by sync(); dropped when the file is unreadable().
    void writeProfile(const Profile &profile);
    void removeProfile(const QUuid &id);

    /// What the window remembers of its layout between runs (opaque Qt state).
    enum class LayoutKey { WindowGeometry, MainSplitter };
    QByteArray layout(LayoutKey key) const;
    void setLayout(LayoutKey key, const QByteArray &state);

    /// Writes pending changes to disk; fails when the file cannot be written or parsed.
    VoidResult sync();

private:
    static QString keyName(ProfileKey key);
    QVariant profileValue(const QUuid &id, ProfileKey key) const;
    void setProfileValue(const QUuid &id, ProfileKey key, const QVariant &value);

    mutable QSettings m_settings; ///< mutable: reading a group needs beginGroup()
    QString m_unreadable;
};
