// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/// One HTTP/1.1 request read from the front of what a connection received, without sockets:
/// a request line, header lines, then a body of Content-Length bytes or in chunks. What
/// follows it (a pipelined request) is left for the next call.
struct HttpRequestParse
{
    enum class Status {
        Incomplete, ///< more bytes are needed
        Complete, ///< `consumed` bytes hold the request
        Malformed, ///< not HTTP/1.x: `problem` says why
        HeadTooLarge, ///< no end of head within HttpRequestParser::maxHeadBytes
        BodyTooLarge ///< chunks beyond the limit (a declared length is judged by the caller)
    };

    Status status = Status::Incomplete;
    bool headComplete = false;
    qsizetype headBytes = 0; ///< with headComplete: the head's size, blank line included
    qsizetype consumed = 0;
    QByteArray method;
    QByteArray target; ///< as sent: origin form (/path?query) or absolute form
    QByteArray version; ///< HTTP/1.0 or HTTP/1.1
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::optional<qint64> declaredLength; ///< Content-Length
    QByteArray body; ///< with Complete, unless the declared length is over the limit
    QString problem;

    /// The first value of header `name` (any case); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool expectsContinue() const;
    /// Whether the client keeps the connection for another request after this one.
    bool keepAlive() const;
};

namespace HttpRequestParser {

constexpr qsizetype maxHeadBytes = 64 * 1024;

/// Reads the request at the start of `bytes`. A declared body over `maxBodyBytes` is counted
/// but not kept, so that the caller can answer 413 once it has arrived.
HttpRequestParse parse(const QByteArray &bytes, qint64 maxBodyBytes);

} // namespace HttpRequestParser
