// SPDX-License-Identifier: MIT
// CliApp's profile side: `profiles …` and `--profile NAME`.
#include "cliapp.h"

#include "clihistory.h"

#include "clioutput.h"
#include "cliprofiles.h"

#include "api/sendgridclient.h"
#include "common/clock.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QCoreApplication>

namespace {

/// Whether `command` may run under `profile`.
VoidResult allowed(const Profile &profile, const CliCommand &command)
{
    if (profile.isSandbox())
        return VoidResult::failure(QStringLiteral("the sample-data profile runs inside the "
                                                  "window; for a sandbox on its own use "
                                                  "segmentdesk-sandbox and --base-url"));
    if (profile.readOnly && command.writes())
        return VoidResult::failure(
            QStringLiteral("profile \"%1\" is read-only: no %2").arg(profile.name, command.name));
    return VoidResult::success();
}

} // namespace

void CliApp::openProfiles()
{
    m_settings = std::make_unique<Settings>(Settings::defaultFilePath());
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = new KeychainSecretStore(this);
    // What cannot be read is skipped, and said, so the readable profiles stay usable.
    for (const QString &problem : m_profiles->problems())
        CliOutput::error(QStringLiteral("warning: %1").arg(problem));
}

int CliApp::runProfiles(const QStringList &args)
{
    const Result<int> seconds = timeoutSeconds();
    if (!seconds.isOk())
        return usage(seconds.error());
    CliProfiles::AddOptions add;
    add.region = m_parser.value(QStringLiteral("region"));
    if (m_parser.isSet(QStringLiteral("base-url")))
        add.baseUrl = m_parser.value(QStringLiteral("base-url"));
    add.tag = m_parser.value(QStringLiteral("tag"));
    add.readOnly = m_parser.isSet(QStringLiteral("read-only"));
    openProfiles();
    auto *profiles = new CliProfiles(m_profiles.get(), m_secrets, this);
    const int started = profiles->run(args, add, std::chrono::seconds(seconds.value()));
    return started == StillRunning ? QCoreApplication::exec() : started;
}

int CliApp::runWithProfile(const CliCommand &command, const QStringList &args)
{
    if (m_parser.isSet(QStringLiteral("base-url"))
        || m_parser.isSet(QStringLiteral("api-key-stdin")))
        return usage(QStringLiteral("--profile brings its own server and key; leave out "
                                    "--base-url and --api-key-stdin"));
    openProfiles();
    const Result<Profile> found = m_profiles->findByName(m_parser.value(QStringLiteral("profile")));
    if (!found.isOk())
        return usage(found.error());
    const Profile &profile = found.value();
    const VoidResult permitted = allowed(profile, command);
    if (!permitted.isOk())
        return usage(permitted.error());
    const int created = createClient(profile.baseUrl());
    if (created != Ok)
        return created;
    // The table's refusal above is per command; the client's holds for every request it sends.
    m_client->setReadOnly(profile.readOnly);
    m_secrets->read(profile.id, this, [=, this](const SecretResult &result) {
        if (result.isOk())
            return startWithKey(profile, result.secret(), command, args);
        const QString why = result.status() == SecretResult::Status::NotFound
            ? QStringLiteral("no key is stored for \"%1\"; remove the profile and add it again")
                  .arg(profile.name)
            : result.message();
        CliOutput::error(why);
        QCoreApplication::exit(KeychainFailure);
    });
    return QCoreApplication::exec();
}

// History needs no key: --profile names whose versions to show, else the server does.
int CliApp::runHistory(const QStringList &args)
{
    QString profileId = interimProfileId(QUrl(m_parser.value(QStringLiteral("base-url"))));
    if (m_parser.isSet(QStringLiteral("profile"))) {
        openProfiles();
        const Result<Profile> found
            = m_profiles->findByName(m_parser.value(QStringLiteral("profile")));
        if (!found.isOk())
            return usage(found.error());
        profileId = found.value().id.toString(QUuid::WithoutBraces);
    }
    return CliHistory::run({profileId, args, m_parser.isSet(QStringLiteral("diff"))});
}

QString CliApp::historyProfileId() const
{
    return m_historyProfile.isEmpty() ? interimProfileId(m_client->baseUrl()) : m_historyProfile;
}

void CliApp::startWithKey(const Profile &profile, const QString &key, const CliCommand &command,
                          const QStringList &args)
{
    const VoidResult keySet = m_client->setApiKey(key);
    if (!keySet.isOk()) {
        QCoreApplication::exit(usage(keySet.error()));
        return;
    }
    m_historyProfile = profile.id.toString(QUuid::WithoutBraces);
    const VoidResult used = m_profiles->markUsed(profile.id, m_client->clock()->now());
    if (!used.isOk())
        CliOutput::error(QStringLiteral("warning: %1").arg(used.error()));
    const int started = dispatch(command, args);
    if (started != StillRunning)
        QCoreApplication::exit(started);
}
