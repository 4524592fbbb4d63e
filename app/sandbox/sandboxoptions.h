// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

class Clock;

/// How a sandbox is started: by the GUI for the sandbox profile, by `segmentdesk-sandbox`,
/// and by tests.
struct SandboxOptions
{
    enum class Plan { Free, Paid };

    quint16 port = 0; ///< 0: any free port
    QString dataDir; ///< where sandbox.sqlite is kept; empty: a temporary folder
    int contacts = 10000;
    quint32 seed = 1;
    QStringList apiKeys; ///< accepted bearer keys; empty: only defaultApiKey()
    /// Keys with read scopes only (marketing.read, marketing_campaigns.read): they read, search
    /// and list, and every write is refused with 403, as SendGrid refuses a key without scope.
    QStringList readOnlyApiKeys;
    double timeScale = 1.0; ///< >1 makes validation and sample schedules pass faster
    /// What the sandbox reads the time from (thread-safe, outlives the sandbox); null: the
    /// system clock. Tests give the clock the window reads, and move both at once.
    const Clock *clock = nullptr;
    Plan plan = Plan::Paid;
    bool faults = false; ///< serve the /__sandbox/faults control surface
    /// Requests per minute per endpoint and key (SendGrid's X-RateLimit-*); 0: unlimited.
    int rateLimitPerMinute = 600;
    /// Larger request bodies are refused with 413 before they are read.
    qint64 maxBodyBytes = 1024 * 1024;
    /// A connection with no request under way for this long is closed; 0: never.
    int idleTimeoutMs = 60000;
    /// A connection whose request head has not arrived whole this long after its first byte is
    /// answered 408 and closed (a client sending a head byte by byte holds nothing); 0: never.
    int headTimeoutMs = 10000;
    /// How long one evaluation (a segment's validation and count, or a contacts search) may
    /// run: SendGrid answers a search 408 after 20 s, and a count that cannot finish makes its
    /// segment INVALID. Tests make it short.
    std::chrono::milliseconds evaluationDeadline {20000};
    /// Threads that evaluate queries, each with its own connection to the store.
    int evaluationThreads = 2;

    /// The key of the built-in sandbox profile. It opens nothing but the local sandbox.
    static QString defaultApiKey() { return QStringLiteral("SG.sandbox.local-only-key"); }
    QStringList acceptedKeys() const
    {
        return (apiKeys.isEmpty() ? QStringList {defaultApiKey()} : apiKeys) + readOnlyApiKeys;
    }
};
