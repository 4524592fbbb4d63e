// SPDX-License-Identifier: MIT
#include "profile.h"

#include "api/sendgridclient.h"

#include <array>
#include <utility>

namespace {

constexpr int MaxNameLength = 100;

constexpr std::array RegionNames {
    std::pair {Profile::Region::Global, "global"},
    std::pair {Profile::Region::Eu, "eu"},
    std::pair {Profile::Region::Custom, "custom"},
    std::pair {Profile::Region::Sandbox, "sandbox"},
};

constexpr std::array TagNames {
    std::pair {Profile::Tag::None, "none"},
    std::pair {Profile::Tag::Production, "production"},
    std::pair {Profile::Tag::Staging, "staging"},
    std::pair {Profile::Tag::Development, "development"},
    std::pair {Profile::Tag::Testing, "testing"},
};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[each, name] : names) {
        if (each == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
Result<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name,
                     const char *what)
{
    QStringList known;
    for (const auto &[each, text] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return Result<Enum>::success(each);
        known.append(QString::fromLatin1(text));
    }
    return Result<Enum>::failure(QStringLiteral("Unknown %1 \"%2\"; use one of: %3.")
                                     .arg(QLatin1String(what), name, known.join(u", ")));
}

} // namespace

QUuid Profile::sandboxId()
{
    return QUuid(QStringLiteral("5e9d0c3a-7b1f-4c2e-9a6d-000000000001"));
}

Profile Profile::sandbox()
{
    Profile p;
    p.id = sandboxId();
    p.name = QStringLiteral("Sample data");
    p.region = Region::Sandbox;
    return p;
}

QUrl Profile::baseUrl() const
{
    switch (region) {
    case Region::Global:
        return QUrl(QString::fromLatin1(SendGridClient::DefaultBaseUrl));
    case Region::Eu:
        return QUrl(QString::fromLatin1(SendGridClient::EuBaseUrl));
    case Region::Custom:
        return customUrl;
    case Region::Sandbox:
        break;
    }
    return {};
}

VoidResult Profile::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return VoidResult::failure(QStringLiteral("A profile needs a name."));
    if (trimmed != name)
        return VoidResult::failure(QStringLiteral("A profile name may not start or end with "
                                                  "spaces."));
    if (name.size() > MaxNameLength)
        return VoidResult::failure(
            QStringLiteral("A profile name has at most %1 characters.").arg(MaxNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return VoidResult::failure(QStringLiteral("A profile name may not contain control "
                                                      "characters."));
    }
    if ((region == Region::Sandbox) != isSandbox())
        return VoidResult::failure(QStringLiteral("Only the sample-data profile uses the "
                                                  "sandbox."));
    if (region == Region::Custom) {
        const QString problem = SendGridClient::baseUrlProblem(customUrl);
        if (!problem.isEmpty())
            return VoidResult::failure(problem);
    }
    return VoidResult::success();
}

QString Profile::regionName(Region region)
{
    return nameOf(RegionNames, region);
}

Result<Profile::Region> Profile::regionFromName(const QString &name)
{
    return valueOf(RegionNames, name, "region");
}

QString Profile::tagName(Tag tag)
{
    return nameOf(TagNames, tag);
}

Result<Profile::Tag> Profile::tagFromName(const QString &name)
{
    return valueOf(TagNames, name, "tag");
}
