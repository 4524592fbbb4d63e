// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <cmath>

namespace {

/// `d` when it is a whole number a qint64 can hold. Converting any other double (1e67, 2^63)
/// to qint64 is undefined behaviour, so the range is checked before the conversion.
std::optional<qint64> exactInteger(double d)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!(d >= -limit && d < limit) || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString JsonReader::pathOf(const QString &key, qsizetype index) const
{
    return pathOf(key) + QStringLiteral("[%1]").arg(index);
}

void JsonReader::fail(const QString &key, const QString &what)
{
    if (!m_error.isOk())
        return;
    m_error = ApiError::make(
        ApiError::Kind::BadPayload,
        QStringLiteral("Unexpected reply: field \"%1\" %2").arg(pathOf(key), what));
}

void JsonReader::merge(const ApiError &nested)
{
    if (m_error.isOk() && !nested.isOk())
        m_error = nested;
}

std::optional<QJsonValueConstRef> JsonReader::value(const QString &key, bool required)
{
    if (!m_error.isOk())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined()) {
        if (required)
            fail(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::string(const QString &key, bool required)
{
    const auto v = value(key, required);
    if (v && !v->isString()) {
        fail(key, QStringLiteral("should be text"));
        return {};
    }
    return v ? v->toString() : QString();
}

void JsonReader::warn(const QString &key, const QString &what)
{
    m_warnings << QStringLiteral("field \"%1\" %2; shown as unknown").arg(pathOf(key), what);
}

std::optional<QJsonValueConstRef> JsonReader::tolerant(const QString &key, QJsonValue::Type type,
                                                       const QString &what)
{
    const auto v = value(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (v->type() != type) {
        warn(key, what);
        return std::nullopt;
    }
    return v;
}

QString JsonReader::nullableString(const QString &key)
{
    const auto v = tolerant(key, QJsonValue::String, QStringLiteral("should be text or null"));
    return v ? v->toString() : QString();
}

std::optional<qint64> JsonReader::wholeNumber(const QString &key,
                                              std::optional<QJsonValueConstRef> v)
{
    if (!v || v->isNull())
        return std::nullopt;
    const std::optional<qint64> n = v->isDouble() ? exactInteger(v->toDouble()) : std::nullopt;
    if (!n)
        fail(key, QStringLiteral("should be a whole number"));
    return n;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const auto v = tolerant(key, QJsonValue::Double, QStringLiteral("should be a whole number"));
    if (!v)
        return std::nullopt;
    const std::optional<qint64> n = exactInteger(v->toDouble());
    if (!n)
        warn(key, QStringLiteral("should be a whole number"));
    return n;
}

qint64 JsonReader::integer(const QString &key, bool required)
{
    if (!required)
        return optionalInteger(key).value_or(0);
    return wholeNumber(key, value(key, required)).value_or(0);
}

bool JsonReader::optionalBoolean(const QString &key)
{
    const auto v = tolerant(key, QJsonValue::Bool, QStringLiteral("should be true or false"));
    return v && v->toBool();
}

Timestamp JsonReader::timestamp(const QString &key, bool expected)
{
    const auto v = value(key, false);
    if (!v || v->isNull()) {
        if (expected && ok())
            warn(key, QStringLiteral("is missing"));
        return {};
    }
    if (!v->isString()) {
        warn(key, QStringLiteral("should be an ISO-8601 time"));
        return {};
    }
    Timestamp t = Timestamp::fromString(v->toString());
    if (!t.utc.isValid())
        warn(key, QStringLiteral("is not an ISO-8601 time (\"%1\")").arg(t.raw.left(40)));
    return t;
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonArray items = optionalArray(key);
    QStringList out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).isString())
            out << items.at(i).toString();
        else
            warn(key + QStringLiteral("[%1]").arg(i), QStringLiteral("should be text"));
    }
    return out;
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    const auto v = value(key, required);
    if (v && !v->isObject())
        fail(key, QStringLiteral("should be an object"));
    return v ? v->toObject() : QJsonObject();
}

QJsonObject JsonReader::optionalObject(const QString &key)
{
    const auto v = tolerant(key, QJsonValue::Object, QStringLiteral("should be an object"));
    return v ? v->toObject() : QJsonObject();
}

QJsonArray JsonReader::array(const QString &key, bool required)
{
    const auto v = value(key, required);
    if (v && !v->isNull() && !v->isArray())
        fail(key, QStringLiteral("should be a list"));
    return v ? v->toArray() : QJsonArray();
}

QJsonArray JsonReader::optionalArray(const QString &key)
{
    const auto v = tolerant(key, QJsonValue::Array, QStringLiteral("should be a list"));
    return v ? v->toArray() : QJsonArray();
}

QString JsonReader::stringOrNumber(const QString &key)
{
    const auto v = value(key, false);
    if (!v || v->isNull())
        return {};
    if (v->isString())
        return v->toString();
    if (v->isDouble())
        return QString::number(v->toInteger());
    warn(key, QStringLiteral("should be text or a number"));
    return {};
}
