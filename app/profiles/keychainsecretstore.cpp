// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

// A running job is left to finish: QtKeychain's libsecret backend calls back into the job
// itself, so deleting it mid-flight would crash. It deletes itself when done (autoDelete), and
// its finished() reaches nobody once the store is gone.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QUuid &profile, QObject *context, Callback done)
{
    enqueue({Operation::Read, keyFor(profile), {}, context, std::move(done), {}});
}

void KeychainSecretStore::write(const QUuid &profile, const QString &secret, QObject *context,
                                Callback done)
{
    enqueue({Operation::Write, keyFor(profile), secret, context, std::move(done), {}});
}

void KeychainSecretStore::remove(const QUuid &profile, QObject *context, Callback done)
{
    enqueue({Operation::Delete, keyFor(profile), {}, context, std::move(done), {}});
}

void KeychainSecretStore::enqueue(Pending pending)
{
    m_queue.push_back(std::move(pending));
    if (!m_busy)
        startNext();
}

void KeychainSecretStore::startNext()
{
    if (m_queue.empty())
        return;
    m_busy = true;
    const QString service = QString::fromLatin1(Service);
    const Pending &next = m_queue.front();
    QKeychain::Job *job = nullptr;
    if (next.operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(service);
    } else if (next.operation == Operation::Write || next.operation == Operation::CheckWrite) {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(next.operation == Operation::Write ? next.secret
                                                              : QStringLiteral("no secret"));
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(service);
    }
    job->setKey(next.key);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onFinished);
    job->start();
}

void KeychainSecretStore::onFinished(QKeychain::Job *job)
{
    Pending done = std::move(m_queue.front());
    m_queue.pop_front();
    done.secret.clear();
    const std::optional<SecretResult> result = settle(done, job);
    m_busy = false;
    // The next job starts before the callback runs, so a callback that enqueues keeps order.
    startNext();
    if (result && done.done && done.context)
        done.done(*result);
}

std::optional<SecretResult> KeychainSecretStore::settle(Pending &done, QKeychain::Job *job)
{
    const QString checkKey = QString::fromLatin1(CheckKey);
    switch (done.operation) {
    case Operation::Read:
    case Operation::Delete:
        // Through libsecret a delete reports success even when a locked collection kept the
        // item, so every delete is confirmed, and every read that found nothing.
        if (job->error() != QKeychain::EntryNotFound
            && !(done.operation == Operation::Delete && job->error() == QKeychain::NoError))
            break;
        // Confirm before answering; it runs next, ahead of anything queued meanwhile.
        m_queue.push_front({Operation::CheckWrite,
                            checkKey,
                            {},
                            done.context,
                            std::move(done.done),
                            resultOf(done.operation, job)});
        return std::nullopt;
    case Operation::CheckWrite:
        if (job->error() != QKeychain::NoError)
            return resultOf(Operation::Write, job);
        // The check entry goes again; whether that works changes nothing for the caller.
        m_queue.push_front({Operation::CheckDelete, checkKey, {}, {}, {}, {}});
        return done.unconfirmed;
    case Operation::Write:
    case Operation::CheckDelete:
        break;
    }
    return resultOf(done.operation, job);
}

QString KeychainSecretStore::lockedMessage()
{
    return QCoreApplication::translate(
        "SecretStore",
        "The system keychain is locked or unavailable: it is locked, or access to "
        "it was refused. Unlock it (log in to the desktop again, or open your "
        "keyring app) to keep API keys there.");
}

QString KeychainSecretStore::missingMessage()
{
    return QCoreApplication::translate(
        "SecretStore",
        "The system keychain is locked or unavailable: this computer has no "
        "keychain service running, such as GNOME Keyring or KDE Wallet. Install "
        "or start one and log in again to keep API keys there; until then a key "
        "is asked for in each session. The sample data needs no key.");
}

SecretResult KeychainSecretStore::resultOf(Operation operation, QKeychain::Job *job)
{
    using Status = SecretResult::Status;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return SecretResult::ok(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        return SecretResult::ok();
    case QKeychain::EntryNotFound:
        return operation == Operation::Delete ? SecretResult::ok() : SecretResult::notFound();
    case QKeychain::AccessDenied: // a locked collection: "Cannot create an item in a locked …"
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(Status::Unavailable, lockedMessage());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Secret Service without a bus, without a provider, or without a login collection. Its
        // own words ("The name org.freedesktop.secrets was not provided by any .service files")
        // tell a person nothing: what is missing and what to do instead.
        return SecretResult::failure(Status::Unavailable, missingMessage());
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretResult::failure(
        Status::Failed, QStringLiteral("The system keychain failed: %1").arg(job->errorString()));
}
