// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include "settings.h"

#include <QDir>

#include <algorithm>

ProfileStore::ProfileStore(Settings *settings)
    : m_settings(settings)
{ }

ProfileStore::Reading ProfileStore::read() const
{
    Reading reading;
    for (const QUuid &id : m_settings->profileIds()) {
        const Result<Profile> p = m_settings->readProfile(id);
        if (p.isOk()) {
            reading.profiles.append(p.value());
            continue;
        }
        reading.skipped.append(QStringLiteral("Profile \"%1\" (%2) is skipped: %3 Mend it in %4.")
                                   .arg(m_settings->profileName(id),
                                        id.toString(QUuid::WithoutBraces), p.error(),
                                        QDir::toNativeSeparators(m_settings->filePath())));
    }
    return reading;
}

QStringList ProfileStore::problems() const
{
    QStringList all;
    if (!m_settings->unreadable().isEmpty())
        all.append(m_settings->unreadable());
    return all + read().skipped;
}

VoidResult ProfileStore::writable() const
{
    return m_settings->unreadable().isEmpty() ? VoidResult::success()
                                              : VoidResult::failure(m_settings->unreadable());
}

Result<QList<Profile>> ProfileStore::profiles() const
{
    QList<Profile> all = read().profiles;
    bool haveSandbox = false;
    for (const Profile &p : std::as_const(all))
        haveSandbox = haveSandbox || p.isSandbox();
    if (!haveSandbox)
        all.append(Profile::sandbox());
    std::sort(all.begin(), all.end(), [](const Profile &a, const Profile &b) {
        if (a.isSandbox() != b.isSandbox())
            return a.isSandbox();
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return Result<QList<Profile>>::success(all);
}

Result<Profile> ProfileStore::find(const QUuid &id) const
{
    const Result<QList<Profile>> all = profiles();
    if (!all.isOk())
        return Result<Profile>::failure(all.error());
    for (const Profile &p : all.value()) {
        if (p.id == id)
            return Result<Profile>::success(p);
    }
    return Result<Profile>::failure(QStringLiteral("No such profile."));
}

Result<Profile> ProfileStore::findByName(const QString &name) const
{
    const Result<QList<Profile>> all = profiles();
    if (!all.isOk())
        return Result<Profile>::failure(all.error());
    for (const Profile &p : all.value()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return Result<Profile>::success(p);
    }
    return Result<Profile>::failure(QStringLiteral("No profile named \"%1\".").arg(name));
}

VoidResult ProfileStore::checkName(const Profile &profile) const
{
    const Result<Profile> same = findByName(profile.name);
    if (same.isOk() && same.value().id != profile.id)
        return VoidResult::failure(
            QStringLiteral("A profile named \"%1\" already exists.").arg(same.value().name));
    return VoidResult::success();
}

VoidResult ProfileStore::store(const Profile &profile)
{
    VoidResult valid = profile.validate();
    if (!valid.isOk())
        return valid;
    VoidResult unique = checkName(profile);
    if (!unique.isOk())
        return unique;
    m_settings->writeProfile(profile);
    return m_settings->sync();
}

Result<Profile> ProfileStore::add(Profile profile)
{
    profile.id = QUuid::createUuid();
    const VoidResult stored = store(profile);
    return stored.isOk() ? Result<Profile>::success(profile)
                         : Result<Profile>::failure(stored.error());
}

VoidResult ProfileStore::update(const Profile &profile)
{
    const Result<Profile> existing = find(profile.id);
    if (!existing.isOk())
        return VoidResult::failure(existing.error());
    return store(profile);
}

Result<Profile> ProfileStore::duplicate(const QUuid &id, const QString &newName)
{
    Result<Profile> original = find(id);
    if (!original.isOk())
        return original;
    if (original.value().isSandbox())
        return Result<Profile>::failure(QStringLiteral("The sample-data profile cannot be "
                                                       "duplicated."));
    Profile copy = original.value();
    copy.lastUsed = {};
    copy.name = newName;
    const QString base = QStringLiteral("%1 copy").arg(original.value().name);
    for (int n = 1; copy.name.isEmpty(); ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(n);
        if (!findByName(candidate).isOk())
            copy.name = candidate;
    }
    return add(copy);
}

VoidResult ProfileStore::remove(const QUuid &id)
{
    if (id == Profile::sandboxId())
        return VoidResult::failure(QStringLiteral("The sample-data profile cannot be removed."));
    const Result<Profile> existing = find(id);
    if (!existing.isOk())
        return VoidResult::failure(existing.error());
    m_settings->removeProfile(id);
    return m_settings->sync();
}

VoidResult ProfileStore::markUsed(const QUuid &id, const QDateTime &when)
{
    Result<Profile> p = find(id);
    if (!p.isOk())
        return VoidResult::failure(p.error());
    p.value().lastUsed = when.toUTC();
    return update(p.value());
}
