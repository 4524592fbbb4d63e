// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "responseparser.h"
#include "secretscrubber.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

/// Glue shared by the services: decode a finished call and hand the result to a callback that
/// lives as long as `context`. When `context` is destroyed first, the result is dropped.
namespace ApiReply {

/// The result as the caller sees it: the body decoded as it came; only the texts meant for
/// people (the error, the warnings that go to the log) have the API key scrubbed from them.
template<typename T>
ApiResult<T> scrubbed(ApiResult<T> result, const SecretScrubber &scrubber)
{
    result.error = scrubber.scrub(std::move(result.error));
    result.warnings = scrubber.scrub(std::move(result.warnings));
    for (const QString &warning : std::as_const(result.warnings))
        qCWarning(lcApi).noquote() << "Unexpected reply:" << warning;
    return result;
}

/// Bodies larger than this are decoded on a worker thread: a 10,000-segment list takes
/// 50–70 ms to decode, a segment whose sample holds 30 MB of contacts 200 ms, and the GUI thread
/// may not stall for 50. Smaller ones are decoded at once, where a thread hop costs more.
constexpr qsizetype InlineDecodeBytes = 256 * 1024;

/// Decodes `call`'s finished reply with `decode` and hands the result to `done` on the
/// context's thread, unless the context is gone by then.
template<typename T, typename Decode>
ApiCall *deliver(ApiCall *call, QObject *context, Decode decode, ApiCallback<T> done)
{
    QObject::connect(call, &ApiCall::finished, context,
                     [decode, done = std::move(done), scrubber = call->scrubber(),
                      guard = QPointer<QObject>(context)](const HttpResponse &response) {
                         if (response.body.size() <= InlineDecodeBytes)
                             return done(scrubbed(decode(response), scrubber));
                         QThreadPool::globalInstance()->start([=] {
                             ApiResult<T> result = scrubbed(decode(response), scrubber);
                             // Posted to the application object, which outlives every context; the
                             // guard is read there, on the context's thread, so it cannot change
                             // underneath.
                             QMetaObject::invokeMethod(
                                 QCoreApplication::instance(),
                                 [=] {
                                     if (guard)
                                         done(result);
                                 },
                                 Qt::QueuedConnection);
                         });
                     });
    return call;
}

/// Decodes a JSON-object body with `fromJson` (a function taking a QJsonObject).
template<typename T, typename FromJson>
ApiResult<T> decodeObject(const HttpResponse &response, FromJson fromJson)
{
    auto json = ResponseParser::jsonObject(response);
    if (!json.isOk())
        return ApiResult<T>::failure(json.error);
    ApiResult<T> decoded = fromJson(*json.value);
    if (!decoded.isOk()) {
        decoded.error.httpStatus = response.status;
        // A 2xx to a write says it was applied, but not what SendGrid made of it.
        decoded.error.mayHaveBeenApplied = response.write;
    }
    return decoded;
}

/// For operations whose success has no body (202/204): only the status matters.
inline ApiResult<NoContent> decodeEmpty(const HttpResponse &response)
{
    const ApiError error = ResponseParser::errorFromResponse(response);
    if (!error.isOk())
        return ApiResult<NoContent>::failure(error);
    return ApiResult<NoContent>::success({});
}

} // namespace ApiReply
