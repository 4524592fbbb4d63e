// SPDX-License-Identifier: MIT
#pragma once

#include "keypermissions.h"
#include "profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiCall;
class ScopesApi;
class SecretStore;
class SendGridClient;

/// Points a SendGridClient at a profile: its server, its key (from the keychain, or typed for
/// this session when there is no keychain) and what that key may do (`GET /v3/scopes`). The
/// window shows the outcome; the flow itself needs no widget. One attempt at a time: a new
/// connectTo() abandons the previous one.
class AccountConnector : public QObject
{
    Q_OBJECT

public:
    /// Why a profile could not be used; each has its own message and next step.
    enum class Problem {
        NoKeyStored,
        KeychainUnavailable,
        BadServer,
        KeyRejected, ///< 401
        KeyLacksScope, ///< 403, or scopes without marketing read
        Unreachable ///< network, timeout, TLS, server error
    };
    Q_ENUM(Problem)

    AccountConnector(SendGridClient *client, SecretStore *secrets, QObject *parent = nullptr);

    /// The in-process sandbox's server and key, once it runs (its profile stores neither).
    void setSandbox(const QUrl &url, const QString &key);
    bool sandboxReady() const { return m_sandboxUrl.isValid(); }
    void connectTo(const Profile &profile);
    /// Uses `key` for `profile` until the app quits; never stored (no keychain available).
    void connectWithSessionKey(const Profile &profile, const QString &key);
    void forgetSessionKey(const QUuid &profile) { m_sessionKeys.remove(profile); }

Q_SIGNALS:
    void connected(const Profile &profile, const KeyPermissions &permissions);
    void failed(const Profile &profile, AccountConnector::Problem problem, const QString &message);

private:
    void useKey(const Profile &profile, const QString &key);
    void checkScopes(const Profile &profile);
    void adopt(const Profile &profile, const KeyPermissions &permissions);

    SendGridClient *m_client;
    SecretStore *m_secrets;
    SendGridClient *m_probe; ///< tries a profile before the window's client switches to it
    ScopesApi *m_scopes;
    QString m_pendingKey; ///< the probed key, memory only
    QUrl m_sandboxUrl;
    QString m_sandboxKey;
    QHash<QUuid, QString> m_sessionKeys; ///< memory only, for this run
    QUuid m_attempt; ///< the profile being connected; late answers for others are dropped
    QPointer<ApiCall> m_call;
};
