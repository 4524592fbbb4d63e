// SPDX-License-Identifier: MIT
#include "cliprofiles.h"

#include "cliapp.h"
#include "clioutput.h"
#include "clitext.h"
#include "keyprompt.h"
#include "tableprinter.h"

#include "api/scopesapi.h"
#include "api/sendgridclient.h"
#include "common/clock.h"
#include "profiles/keypermissions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

int fail(int code, const QString &message)
{
    CliOutput::error(message);
    return code;
}

QString serverText(const Profile &p)
{
    if (p.region == Profile::Region::Sandbox)
        return QStringLiteral("sandbox (in the window)");
    if (p.region == Profile::Region::Custom)
        return p.customUrl.toString();
    return Profile::regionName(p.region);
}

QString yesNo(bool allowed)
{
    return allowed ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

CliProfiles::CliProfiles(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{ }

const QList<CliProfiles::Subcommand> &CliProfiles::subcommands()
{
    static const QList<Subcommand> table {
        {QStringLiteral("list"), false, &CliProfiles::runList},
        {QStringLiteral("add"), true, &CliProfiles::runAdd},
        {QStringLiteral("remove"), true, &CliProfiles::runRemove},
        {QStringLiteral("test"), true, &CliProfiles::runTest},
    };
    return table;
}

QString CliProfiles::synopsis()
{
    QStringList names;
    for (const Subcommand &sub : subcommands())
        names += sub.name;
    return names.join(u'|') + QStringLiteral(" [NAME]");
}

int CliProfiles::run(const QStringList &args, const AddOptions &add, std::chrono::seconds timeout)
{
    m_add = add;
    m_timeout = timeout;
    QStringList usage;
    for (const Subcommand &sub : subcommands()) {
        if (sub.name == args.value(0) && args.size() == (sub.takesName ? 2 : 1))
            return (this->*sub.run)(args.value(1));
        usage += sub.takesName ? sub.name + QStringLiteral(" NAME") : sub.name;
    }
    const bool known
        = std::any_of(subcommands().begin(), subcommands().end(),
                      [&args](const Subcommand &sub) { return sub.name == args.value(0); });
    if (args.size() == 2 && !known)
        return fail(CliApp::Usage,
                    QStringLiteral("unknown profiles command \"%1\"").arg(args.first()));
    return fail(CliApp::Usage, QStringLiteral("use profiles ") + usage.join(QStringLiteral(" | ")));
}

int CliProfiles::runList(const QString &)
{
    const Result<QList<Profile>> all = m_store->profiles();
    if (!all.isOk())
        return fail(CliApp::Failed, all.error());
    TablePrinter table({QStringLiteral("NAME"), QStringLiteral("SERVER"), QStringLiteral("TAG"),
                        QStringLiteral("ACCESS"), QStringLiteral("LAST USED")});
    for (const Profile &p : all.value())
        table.addRow(
            {p.name, serverText(p), Profile::tagName(p.tag),
             p.readOnly ? QStringLiteral("read-only") : QStringLiteral("read-write"),
             p.lastUsed.isValid() ? p.lastUsed.toString(Qt::ISODate) : QStringLiteral("never")});
    CliOutput::write(stdout, table.toString());
    return CliApp::Ok;
}

Result<Profile> CliProfiles::profileFromOptions(const QString &name,
                                                const AddOptions &options) const
{
    Profile p;
    p.name = name;
    p.readOnly = options.readOnly;
    if (!options.baseUrl.isEmpty() && !options.region.isEmpty())
        return Result<Profile>::failure(QStringLiteral("use --region or --base-url, not both"));
    if (!options.baseUrl.isEmpty()) {
        p.region = Profile::Region::Custom;
        p.customUrl = QUrl(options.baseUrl);
    } else if (!options.region.isEmpty()) {
        const Result<Profile::Region> region = Profile::regionFromName(options.region);
        if (!region.isOk() || region.value() == Profile::Region::Sandbox
            || region.value() == Profile::Region::Custom)
            return Result<Profile>::failure(QStringLiteral("--region takes global or eu"));
        p.region = region.value();
    }
    if (!options.tag.isEmpty()) {
        const Result<Profile::Tag> tag = Profile::tagFromName(options.tag);
        if (!tag.isOk())
            return Result<Profile>::failure(tag.error());
        p.tag = tag.value();
    }
    const VoidResult valid = p.validate();
    if (!valid.isOk())
        return Result<Profile>::failure(valid.error());
    const Result<Profile> same = m_store->findByName(name);
    if (same.isOk())
        return Result<Profile>::failure(
            QStringLiteral("a profile named \"%1\" already exists").arg(same.value().name));
    return Result<Profile>::success(p);
}

int CliProfiles::runAdd(const QString &name)
{
    const AddOptions &options = m_add;
    if (const VoidResult writable = m_store->writable(); !writable.isOk())
        return fail(CliApp::Failed, writable.error());
    const Result<Profile> profile = profileFromOptions(name, options);
    if (!profile.isOk())
        return fail(CliApp::Usage, profile.error());
    const Result<QString> key = KeyPrompt::readKey(QStringLiteral("API key for %1: ").arg(name));
    if (!key.isOk())
        return fail(CliApp::Usage, key.error());
    SendGridClient probe;
    const VoidResult usable = probe.setApiKey(key.value());
    if (!usable.isOk())
        return fail(CliApp::Usage, usable.error());
    const Result<Profile> added = m_store->add(profile.value());
    if (!added.isOk())
        return fail(CliApp::Failed, added.error());
    const Profile &stored = added.value();
    m_secrets->write(stored.id, key.value(), this, [this, stored](const SecretResult &result) {
        if (!result.isOk()) {
            // Without its key the profile is of no use: take it back out.
            const VoidResult undone = m_store->remove(stored.id);
            if (!undone.isOk())
                CliOutput::error(undone.error());
            return exitWithKeychainError(result);
        }
        CliOutput::write(stdout,
                         QStringLiteral("Added profile \"%1\" (%2); its key is in the system "
                                        "keychain.\n")
                             .arg(stored.name, serverText(stored)));
        QCoreApplication::exit(CliApp::Ok);
    });
    return -1;
}

int CliProfiles::runRemove(const QString &name)
{
    if (const VoidResult writable = m_store->writable(); !writable.isOk())
        return fail(CliApp::Failed, writable.error());
    const Result<Profile> profile = m_store->findByName(name);
    if (!profile.isOk())
        return fail(CliApp::Usage, profile.error());
    if (profile.value().isSandbox())
        return fail(CliApp::Usage, QStringLiteral("the sample-data profile cannot be removed"));
    const Profile &target = profile.value();
    m_secrets->remove(target.id, this, [this, target](const SecretResult &result) {
        // The profile stays when its key could not be deleted, so removing can be tried again.
        if (!result.isOk())
            return exitWithKeychainError(result);
        const VoidResult removed = m_store->remove(target.id);
        if (!removed.isOk()) {
            QCoreApplication::exit(fail(CliApp::Failed, removed.error()));
            return;
        }
        CliOutput::write(stdout,
                         QStringLiteral("Removed profile \"%1\" and its key.\n").arg(target.name));
        QCoreApplication::exit(CliApp::Ok);
    });
    return -1;
}

int CliProfiles::runTest(const QString &name)
{
    const std::chrono::seconds timeout = m_timeout;
    const Result<Profile> profile = m_store->findByName(name);
    if (!profile.isOk())
        return fail(CliApp::Usage, profile.error());
    if (profile.value().isSandbox())
        return fail(CliApp::Usage,
                    QStringLiteral("the sample-data profile runs inside the window; for a "
                                   "sandbox on its own use segmentdesk-sandbox and --base-url"));
    const Profile &target = profile.value();
    m_secrets->read(target.id, this, [this, target, timeout](const SecretResult &result) {
        if (result.status() == SecretResult::Status::NotFound) {
            QCoreApplication::exit(fail(CliApp::KeychainFailure,
                                        QStringLiteral("no key is stored for \"%1\"; remove the "
                                                       "profile and add it again")
                                            .arg(target.name)));
            return;
        }
        if (!result.isOk())
            return exitWithKeychainError(result);
        testWithKey(target, result.secret(), timeout);
    });
    return -1;
}

void CliProfiles::testWithKey(const Profile &profile, const QString &key,
                              std::chrono::seconds timeout)
{
    m_client = new SendGridClient(this);
    m_client->setTimeout(timeout);
    const VoidResult url = m_client->setBaseUrl(profile.baseUrl());
    const VoidResult keySet = m_client->setApiKey(key);
    if (!url.isOk() || !keySet.isOk()) {
        QCoreApplication::exit(fail(CliApp::Failed, url.isOk() ? keySet.error() : url.error()));
        return;
    }
    auto *scopes = new ScopesApi(m_client, this);
    scopes->list(this, [this, profile](const ApiResult<QStringList> &result) {
        printPermissions(profile, result);
    });
}

void CliProfiles::printPermissions(const Profile &profile, const ApiResult<QStringList> &scopes)
{
    if (!scopes.isOk()) {
        const ApiError::Kind kind = scopes.error.kind;
        const bool network = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
            || kind == ApiError::Kind::Tls;
        QCoreApplication::exit(fail(network ? CliApp::NetworkFailure : CliApp::ApiFailure,
                                    CliText::errorText(scopes.error)));
        return;
    }
    const KeyPermissions p = KeyPermissions::fromScopes(*scopes.value);
    QString out = QStringLiteral("Profile \"%1\" (%2): key accepted.\n")
                      .arg(profile.name, serverText(profile));
    out += QStringLiteral("  read segments    %1\n").arg(yesNo(p.read));
    out += QStringLiteral("  create segments  %1\n").arg(yesNo(p.create));
    out += QStringLiteral("  update segments  %1\n").arg(yesNo(p.update));
    out += QStringLiteral("  delete segments  %1\n").arg(yesNo(p.remove));
    if (!p.canWrite())
        out += QStringLiteral("This key cannot change segments: the profile opens read-only.\n");
    CliOutput::write(stdout, out);
    const VoidResult used = m_store->markUsed(profile.id, m_client->clock()->now());
    QCoreApplication::exit(used.isOk() ? int(CliApp::Ok) : fail(CliApp::Failed, used.error()));
}

void CliProfiles::exitWithKeychainError(const SecretResult &result)
{
    QCoreApplication::exit(fail(CliApp::KeychainFailure, result.message()));
}
