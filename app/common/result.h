// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>

/// The outcome of a fallible operation outside the API layer (which has ApiResult): a value,
/// or a message that says what went wrong and is safe to show and log. [[nodiscard]]: a result
/// nobody looks at is a compile error in CI (warnings are errors there).
template<typename T>
class [[nodiscard]] Result
{
public:
    static Result success(T value) { return Result(std::move(value), {}); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    /// Empty when the operation succeeded.
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {
        if (!m_value && m_error.isEmpty())
            m_error = QStringLiteral("Unknown error");
    }
    std::optional<T> m_value;
    QString m_error;
};

/// The outcome of a fallible operation that yields no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    static Result success() { return Result(true, {}); }
    static Result failure(QString message) { return Result(false, std::move(message)); }

    bool isOk() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    Result(bool ok, QString error)
        : m_ok(ok)
        , m_error(std::move(error))
    {
        if (!m_ok && m_error.isEmpty())
            m_error = QStringLiteral("Unknown error");
    }
    bool m_ok;
    QString m_error;
};

using VoidResult = Result<void>;
