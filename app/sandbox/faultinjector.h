// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

/// One failure to inject into the next matching requests.
struct Fault
{
    enum class Kind {
        Status, ///< answer `status` with SendGrid's error envelope
        RateLimit, ///< 429, X-RateLimit-Remaining 0, reset in `resetSeconds`
        Latency, ///< answer normally after `delayMs`
        Stall, ///< never answer (the client's timeout must fire)
        Reset, ///< send headers and half the body, then reset the connection
        Truncate, ///< a complete response whose JSON body is cut short
        Malformed, ///< 200 with a body that is not JSON
        Oversize ///< 200 with a JSON body of `bytes` bytes
    };

    Kind kind = Kind::Status;
    QString pathPrefix; ///< matches paths that start with it; empty: every path
    QByteArray method; ///< empty: every method
    int status = 500;
    int delayMs = 0;
    int resetSeconds = 60;
    qint64 bytes = 0;
    int times = 1; ///< how many requests it affects; 0: until cleared
    /// Status: the request is handled first, then answered `status` instead, as a gateway
    /// answers 502 or 504 when it gave up on a server that applied the write all the same.
    bool apply = false;
};

/// The faults a test asked for through /__sandbox/faults, matched against each request.
class FaultInjector
{
public:
    /// Largest oversize body and longest latency a fault may ask for: enough to test a client's
    /// limits and timeouts, never enough to exhaust the sandbox's memory.
    static constexpr qint64 maxBytes = 256LL * 1024 * 1024;
    static constexpr qint64 maxDelayMs = 10 * 60 * 1000;

    /// Adds the faults in `spec` (one object or an array): all of them, or none and why.
    VoidResult add(const QJsonValue &spec);
    void clear() { m_faults.clear(); }
    /// The fault for this request, if any, counting it as used.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    QJsonArray describe() const;

private:
    static Result<Fault> parse(const QJsonObject &object);

    QList<Fault> m_faults;
};
