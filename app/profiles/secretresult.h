// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>

/// What a SecretStore operation ended with. NotFound is an answer ("no key stored yet"), not a
/// failure; Unavailable means the keychain is locked, refused access or is not there at all, so
/// the caller can keep a key for the session only. The secret is never part of message().
class SecretResult
{
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };

    static SecretResult ok(QString secret = {}) { return {Status::Ok, std::move(secret), {}}; }
    static SecretResult notFound() { return {Status::NotFound, {}, {}}; }
    static SecretResult failure(Status status, QString message)
    {
        return {status, {}, std::move(message)};
    }

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    /// Unavailable or Failed: the operation did not happen.
    bool isFailure() const { return m_status == Status::Unavailable || m_status == Status::Failed; }
    /// The secret a successful read found.
    const QString &secret() const { return m_secret; }
    /// Why it failed, fit to show; empty unless isFailure().
    const QString &message() const { return m_message; }

private:
    SecretResult(Status status, QString secret, QString message)
        : m_status(status)
        , m_secret(std::move(secret))
        , m_message(std::move(message))
    { }

    Status m_status;
    QString m_secret;
    QString m_message;
};
