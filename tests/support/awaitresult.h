// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"

#include <QTest>

/// Starts an operation with a callback and spins the event loop until the result arrives
/// (or `timeoutMs` passes, which yields a Timeout error so the test fails with a reason).
template<typename T, typename Start>
ApiResult<T> awaitResult(Start start, int timeoutMs = 10000)
{
    std::optional<ApiResult<T>> result;
    start(ApiCallback<T>([&result](const ApiResult<T> &r) { result = r; }));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return ApiResult<T>::failure(
            ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test gave up waiting")));
    return *result;
}
