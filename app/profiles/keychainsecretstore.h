// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QPointer>

#include <deque>
#include <optional>

namespace QKeychain {
class Job;
}

/// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
/// macOS, Credential Manager on Windows). Runs one job at a time: backends such as the Secret
/// Service may prompt or unlock once, and parallel jobs race for that. The insecure plaintext
/// fallback stays off; without a keychain every operation fails as Unavailable.
///
/// A locked Secret Service collection hides its items: a read then reports EntryNotFound and a
/// delete succeeds although the key is still there. So a read that found nothing, and every
/// delete, is confirmed by writing (and deleting) a check entry that holds no secret; when that
/// write fails, the answer is Unavailable, never "no key" or "deleted".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *Service = "segmentdesk";
    /// The entry that proves the keychain takes writes; it never holds a secret.
    static constexpr const char *CheckKey = "segmentdesk/keychain-check";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QUuid &profile, QObject *context, Callback done) override;
    void write(const QUuid &profile, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QUuid &profile, QObject *context, Callback done) override;

private:
    enum class Operation { Read, Write, Delete, CheckWrite, CheckDelete };
    struct Pending
    {
        Operation operation;
        QString key;
        QString secret;
        QPointer<QObject> context;
        Callback done; ///< empty for CheckDelete, which reports to nobody
        /// CheckWrite: the NotFound (read) or Ok (delete) it confirms.
        std::optional<SecretResult> unconfirmed;
    };

    void enqueue(Pending pending);
    void startNext();
    void onFinished(QKeychain::Job *job);
    /// What to report for the finished `done`, or nothing yet while a check runs first.
    std::optional<SecretResult> settle(Pending &done, QKeychain::Job *job);
    static SecretResult resultOf(Operation operation, QKeychain::Job *job);
    /// Plain words for a keychain that is locked or refused access, and for none at all.
    static QString lockedMessage();
    static QString missingMessage();

    std::deque<Pending> m_queue;
    bool m_busy = false;
};
