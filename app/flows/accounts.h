// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class AccountConnector;
class HistoryStore;
class ProfileStore;
class SecretStore;
class Settings;

/// The accounts the window can open: profiles, their keys and the connection flow.
struct Accounts
{
    Settings *settings = nullptr; ///< the one settings file: profiles and the window's layout
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    AccountConnector *connector = nullptr;
    QString dataDir; ///< each profile's drafts are kept here
    HistoryStore *history = nullptr; ///< every version seen; none: nothing is recorded
};
