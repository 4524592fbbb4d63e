// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "profiles/profile.h"
#include "profiles/secretresult.h"

#include <QObject>

#include <chrono>

class ProfileStore;
class SecretStore;
class SendGridClient;

/// `segmentdesk-cli profiles list|add|remove|test`: profiles in the shared settings file, their
/// keys in the keychain. Exit codes as CliApp's; the asynchronous steps leave the event loop.
class CliProfiles : public QObject
{
    Q_OBJECT
public:
    struct AddOptions
    {
        QString region; ///< "global" or "eu"; empty: global unless baseUrl is set
        QString baseUrl; ///< a custom server; empty: none
        QString tag; ///< empty: none
        bool readOnly = false;
    };

    /// One of `profiles list|add|remove|test`; the table drives their dispatch, the usage text
    /// and the synopsis in CliApp's command table.
    struct Subcommand
    {
        QString name;
        bool takesName = false;
        int (CliProfiles::*run)(const QString &name) = nullptr;
    };

    CliProfiles(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    static const QList<Subcommand> &subcommands();
    /// "list|add|remove|test [NAME]": the synopsis of `profiles` in CliApp::commands().
    static QString synopsis();

    /// Runs `args` (after "profiles"); returns an exit code, or -1 when the event loop must run.
    int run(const QStringList &args, const AddOptions &add, std::chrono::seconds timeout);

private:
    int runList(const QString &);
    int runAdd(const QString &name);
    int runRemove(const QString &name);
    int runTest(const QString &name);
    Result<Profile> profileFromOptions(const QString &name, const AddOptions &options) const;
    void testWithKey(const Profile &profile, const QString &key, std::chrono::seconds timeout);
    void printPermissions(const Profile &profile, const ApiResult<QStringList> &scopes);
    void exitWithKeychainError(const SecretResult &result);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    SendGridClient *m_client = nullptr;
    AddOptions m_add; ///< for add: set by run()
    std::chrono::seconds m_timeout {30}; ///< for test: set by run()
};
