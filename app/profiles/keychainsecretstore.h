// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QPointer>

#include <deque>

namespace QKeychain {
class Job;
}

/// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
/// macOS, Credential Manager on Windows). Runs one job at a time: backends such as the Secret
/// Service may prompt or unlock once, and parallel jobs race for that. The insecure plaintext
/// fallback stays off; without a keychain every operation fails as Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *Service = "segmentdesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QUuid &profile, QObject *context, Callback done) override;
    void write(const QUuid &profile, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QUuid &profile, QObject *context, Callback done) override;

private:
    enum class Operation { Read, Write, Delete };
    struct Pending
    {
        Operation operation;
        QUuid profile;
        QString secret;
        QPointer<QObject> context;
        Callback done;
    };

    void enqueue(Pending pending);
    void startNext();
    void onFinished(QKeychain::Job *job);
    static SecretResult resultOf(Operation operation, QKeychain::Job *job);

    std::deque<Pending> m_queue;
    bool m_busy = false;
};
