// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/accountconnector.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

class SandboxFixture;

/// What a window under test keeps its accounts in: settings in `dir`, keys in the system
/// keychain (the sample-data profile needs none; keychain tests run under with-keyring.sh),
/// and a connector whose sample data is `sandbox`.
struct TestAccounts
{
    /// Settings in `dir`, or in `settingsFile` when given (where the CLI looks, for example).
    TestAccounts(const QString &dir, SendGridClient *client, SandboxFixture &sandbox,
                 const QString &settingsFile = {});

    QString dataDir;
    Settings settings;
    ProfileStore profiles;
    KeychainSecretStore secrets;
    AccountConnector connector;
};
