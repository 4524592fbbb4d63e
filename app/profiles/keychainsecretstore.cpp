// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

// Jobs are children of the store: one still running is deleted with it and reports nothing.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QUuid &profile, QObject *context, Callback done)
{
    enqueue({Operation::Read, profile, {}, context, std::move(done)});
}

void KeychainSecretStore::write(const QUuid &profile, const QString &secret, QObject *context,
                                Callback done)
{
    enqueue({Operation::Write, profile, secret, context, std::move(done)});
}

void KeychainSecretStore::remove(const QUuid &profile, QObject *context, Callback done)
{
    enqueue({Operation::Delete, profile, {}, context, std::move(done)});
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
        job = new QKeychain::ReadPasswordJob(service, this);
    } else if (next.operation == Operation::Write) {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(next.secret);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(service, this);
    }
    job->setKey(keyFor(next.profile));
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onFinished);
    job->start();
}

void KeychainSecretStore::onFinished(QKeychain::Job *job)
{
    Pending done = std::move(m_queue.front());
    m_queue.pop_front();
    done.secret.clear();
    const SecretResult result = resultOf(done.operation, job);
    m_busy = false;
    // The next job starts before the callback runs, so a callback that enqueues keeps order.
    startNext();
    if (done.context)
        done.done(result);
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
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(
            Status::Unavailable,
            QStringLiteral("The system keychain refused access (%1).").arg(job->errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Secret Service without a bus, without a provider, or locked all end up here.
        return SecretResult::failure(Status::Unavailable,
                                     QStringLiteral("The system keychain is locked or unavailable "
                                                    "(%1).")
                                         .arg(job->errorString()));
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretResult::failure(
        Status::Failed, QStringLiteral("The system keychain failed: %1").arg(job->errorString()));
}
