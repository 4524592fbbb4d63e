// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <functional>
#include <optional>

/// Either a value or an ApiError; never both, never neither.
template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool isOk() const { return error.isOk() && value.has_value(); }

    static ApiResult success(T v) { return ApiResult {std::move(v), {}}; }
    static ApiResult failure(ApiError e)
    {
        if (e.isOk())
            e = ApiError::make(ApiError::Kind::BadPayload, QStringLiteral("No value"));
        return ApiResult {std::nullopt, std::move(e)};
    }
};

/// The value of operations whose success carries no body (delete: 202/204).
struct NoContent
{
    bool operator==(const NoContent &) const = default;
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
