// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QStringList>

#include <functional>
#include <optional>

/// Either a value or an ApiError; never both, never neither.
template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    /// Optional fields that were malformed or missing and are shown as unknown (decoding went
    /// on). Each names the field's path; logged once the API key has been scrubbed from them.
    QStringList warnings;

    bool isOk() const { return error.isOk() && value.has_value(); }

    static ApiResult success(T v, QStringList warnings = {})
    {
        return ApiResult {std::move(v), {}, std::move(warnings)};
    }
    static ApiResult failure(ApiError e)
    {
        if (e.isOk())
            e = ApiError::make(ApiError::Kind::BadPayload, QStringLiteral("No value"));
        return ApiResult {std::nullopt, std::move(e), {}};
    }
};

/// The value of operations whose success carries no body (delete: 202/204).
struct NoContent
{
    bool operator==(const NoContent &) const = default;
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
