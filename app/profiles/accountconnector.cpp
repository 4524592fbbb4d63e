// SPDX-License-Identifier: MIT
#include "accountconnector.h"

#include "api/apicall.h"
#include "api/scopesapi.h"
#include "api/sendgridclient.h"
#include "secretstore.h"

AccountConnector::AccountConnector(SendGridClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_probe(new SendGridClient(this))
    , m_scopes(new ScopesApi(m_probe, this))
{ }

void AccountConnector::setSandbox(const QUrl &url, const QString &key)
{
    m_sandboxUrl = url;
    m_sandboxKey = key;
}

void AccountConnector::connectTo(const Profile &profile)
{
    if (m_call)
        m_call->cancel();
    m_attempt = profile.id;
    if (profile.isSandbox())
        return useKey(profile, m_sandboxKey);
    if (const auto session = m_sessionKeys.constFind(profile.id); session != m_sessionKeys.cend())
        return useKey(profile, *session);
    m_secrets->read(profile.id, this, [this, profile](const SecretResult &secret) {
        if (m_attempt != profile.id)
            return;
        switch (secret.status()) {
        case SecretResult::Status::Ok:
            return useKey(profile, secret.secret());
        case SecretResult::Status::NotFound:
            return Q_EMIT failed(profile, Problem::NoKeyStored,
                                 tr("No API key is stored for \"%1\". Add it in Profiles "
                                    "(Ctrl+Shift+P).")
                                     .arg(profile.name));
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::Failed:
            return Q_EMIT failed(profile, Problem::KeychainUnavailable,
                                 tr("%1\n\nEnter the API key of \"%2\" for this session only; "
                                    "it is not stored.")
                                     .arg(secret.message(), profile.name));
        }
    });
}

void AccountConnector::connectWithSessionKey(const Profile &profile, const QString &key)
{
    m_sessionKeys.insert(profile.id, key);
    connectTo(profile);
}

// The key is tried on a probe client: the window's client keeps serving the open account
// until the new one has answered.
void AccountConnector::useKey(const Profile &profile, const QString &key)
{
    const QUrl url = profile.isSandbox() ? m_sandboxUrl : profile.baseUrl();
    if (const VoidResult server = m_probe->setBaseUrl(url); !server.isOk())
        return Q_EMIT failed(profile, Problem::BadServer, server.error());
    if (const VoidResult accepted = m_probe->setApiKey(key); !accepted.isOk())
        return Q_EMIT failed(profile, Problem::KeyRejected, accepted.error());
    m_pendingKey = key;
    checkScopes(profile);
}

void AccountConnector::adopt(const Profile &profile, const KeyPermissions &permissions)
{
    // Both were accepted by the probe a moment ago, so neither can fail here.
    (void)m_client->setBaseUrl(m_probe->baseUrl());
    (void)m_client->setApiKey(std::exchange(m_pendingKey, QString()));
    // The window disables what writes; the client refuses any write that gets past it.
    m_client->setReadOnly(profile.readOnly);
    Q_EMIT connected(profile, permissions);
}

void AccountConnector::checkScopes(const Profile &profile)
{
    m_call = m_scopes->list(this, [this, profile](const ApiResult<QStringList> &result) {
        if (m_attempt != profile.id)
            return;
        if (result.isOk()) {
            const KeyPermissions permissions = KeyPermissions::fromScopes(*result.value);
            if (permissions.read)
                return adopt(profile, permissions);
            return Q_EMIT failed(profile, Problem::KeyLacksScope,
                                 tr("The API key of \"%1\" cannot read Marketing Campaigns: give "
                                    "it the Marketing read scope in SendGrid's API key settings.")
                                     .arg(profile.name));
        }
        switch (result.error.kind) {
        case ApiError::Kind::Unauthorized:
            // A mistyped session key is asked for again at the next attempt, not kept.
            m_sessionKeys.remove(profile.id);
            return Q_EMIT failed(profile, Problem::KeyRejected,
                                 tr("SendGrid rejected the API key of \"%1\" (401). Check that "
                                    "it is correct and not revoked, then replace it in Profiles.")
                                     .arg(profile.name));
        case ApiError::Kind::Forbidden:
            return Q_EMIT failed(profile, Problem::KeyLacksScope,
                                 tr("The API key of \"%1\" lacks a scope SegmentDesk needs "
                                    "(403): %2")
                                     .arg(profile.name, result.error.toDisplayString()));
        case ApiError::Kind::Cancelled:
            return;
        default:
            return Q_EMIT failed(profile, Problem::Unreachable,
                                 tr("\"%1\" cannot be reached: %2")
                                     .arg(profile.name, result.error.toDisplayString()));
        }
    });
}
