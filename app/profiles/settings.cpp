// SPDX-License-Identifier: MIT
#include "settings.h"

#include "inicheck.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");

struct KeyInfo
{
    Settings::ProfileKey key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::ProfileKey key)
{
    static const KeyInfo table[] = {
        {Settings::ProfileKey::Name, "name", QString()},
        {Settings::ProfileKey::Region, "region", Profile::regionName(Profile::Region::Global)},
        {Settings::ProfileKey::BaseUrl, "baseUrl", QString()},
        {Settings::ProfileKey::Tag, "tag", Profile::tagName(Profile::Tag::None)},
        {Settings::ProfileKey::ReadOnly, "readOnly", false},
        {Settings::ProfileKey::LastUsed, "lastUsed", QString()},
    };
    return table[int(key)];
}

QString groupOf(const QUuid &id)
{
    return ProfilesGroup + u'/' + id.toString(QUuid::WithoutBraces);
}

} // namespace

Settings::Settings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
    QFile file(filePath);
    QString problem;
    if (file.open(QIODevice::ReadOnly))
        problem = IniCheck::firstProblem(file.readAll());
    else if (file.exists())
        problem = file.errorString();
    if (problem.isEmpty() && m_settings.status() == QSettings::FormatError)
        problem = QStringLiteral("QSettings cannot parse it");
    if (!problem.isEmpty())
        m_unreadable = QStringLiteral("The settings file %1 cannot be read whole (%2); nothing "
                                      "is saved to it until that is mended or the file is "
                                      "moved away.")
                           .arg(QDir::toNativeSeparators(filePath), problem);
}

QString Settings::defaultFilePath()
{
    // Not AppConfigLocation: the CLI has another application name than the window.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("SegmentDesk/SegmentDesk.conf"));
}

QString Settings::keyName(ProfileKey key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::profileValue(const QUuid &id, ProfileKey key) const
{
    return m_settings.value(groupOf(id) + u'/' + keyName(key), info(key).defaultValue);
}

void Settings::setProfileValue(const QUuid &id, ProfileKey key, const QVariant &value)
{
    // QSettings would rewrite the whole file from what it could read.
    if (m_unreadable.isEmpty())
        m_settings.setValue(groupOf(id) + u'/' + keyName(key), value);
}

namespace {

QString layoutKeyName(Settings::LayoutKey key)
{
    switch (key) {
    case Settings::LayoutKey::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Settings::LayoutKey::MainSplitter:
        return QStringLiteral("window/splitter");
    }
    return {};
}

} // namespace

QByteArray Settings::layout(LayoutKey key) const
{
    return m_settings.value(layoutKeyName(key)).toByteArray();
}

void Settings::setLayout(LayoutKey key, const QByteArray &state)
{
    if (m_unreadable.isEmpty())
        m_settings.setValue(layoutKeyName(key), state);
}

QList<QUuid> Settings::profileIds() const
{
    m_settings.beginGroup(ProfilesGroup);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QList<QUuid> ids;
    for (const QString &group : groups) {
        const QUuid id(group);
        if (!id.isNull())
            ids.append(id);
    }
    return ids;
}

Result<Profile> Settings::readProfile(const QUuid &id) const
{
    Profile p;
    p.id = id;
    p.name = profileValue(id, ProfileKey::Name).toString();
    const Result<Profile::Region> region
        = Profile::regionFromName(profileValue(id, ProfileKey::Region).toString());
    if (!region.isOk())
        return Result<Profile>::failure(region.error());
    p.region = region.value();
    p.customUrl = QUrl(profileValue(id, ProfileKey::BaseUrl).toString());
    const Result<Profile::Tag> tag
        = Profile::tagFromName(profileValue(id, ProfileKey::Tag).toString());
    if (!tag.isOk())
        return Result<Profile>::failure(tag.error());
    p.tag = tag.value();
    p.readOnly = profileValue(id, ProfileKey::ReadOnly).toBool();
    p.lastUsed = QDateTime::fromString(profileValue(id, ProfileKey::LastUsed).toString(),
                                       Qt::ISODateWithMs);
    return Result<Profile>::success(p);
}

void Settings::writeProfile(const Profile &profile)
{
    setProfileValue(profile.id, ProfileKey::Name, profile.name);
    setProfileValue(profile.id, ProfileKey::Region, Profile::regionName(profile.region));
    setProfileValue(profile.id, ProfileKey::BaseUrl,
                    profile.region == Profile::Region::Custom ? profile.customUrl.toString()
                                                              : QString());
    setProfileValue(profile.id, ProfileKey::Tag, Profile::tagName(profile.tag));
    setProfileValue(profile.id, ProfileKey::ReadOnly, profile.readOnly);
    setProfileValue(profile.id, ProfileKey::LastUsed,
                    profile.lastUsed.isValid()
                        ? profile.lastUsed.toUTC().toString(Qt::ISODateWithMs)
                        : QString());
}

QString Settings::profileName(const QUuid &id) const
{
    return profileValue(id, ProfileKey::Name).toString();
}

void Settings::removeProfile(const QUuid &id)
{
    if (m_unreadable.isEmpty())
        m_settings.remove(groupOf(id));
}

VoidResult Settings::sync()
{
    if (!m_unreadable.isEmpty())
        return VoidResult::failure(m_unreadable);
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        return VoidResult::success();
    case QSettings::AccessError:
        return VoidResult::failure(
            QStringLiteral("Cannot write the settings file %1.").arg(m_settings.fileName()));
    case QSettings::FormatError:
        break;
    }
    return VoidResult::failure(
        QStringLiteral("The settings file %1 is damaged.").arg(m_settings.fileName()));
}
