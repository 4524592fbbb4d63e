// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

/// Reads fields of one JSON object with type checks. Strict reads (string, integer, object,
/// array) are for what identifies the data (id, name, query_dsl) and for envelopes: the first
/// problem is kept as a BadPayload error naming the field's path (`contacts_sample[3].id`) and
/// later reads return empty values. Tolerant reads (nullableString, timestamp, optional…,
/// stringList) are for everything else: a malformed value reads as unknown (empty) and adds a
/// warning, so one odd field never costs the whole segment or list.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path = {});

    QString string(const QString &key, bool required = true);
    QString nullableString(const QString &key); ///< missing or null → empty; tolerant
    qint64 integer(const QString &key, bool required = true);
    std::optional<qint64> optionalInteger(const QString &key); ///< tolerant
    bool optionalBoolean(const QString &key); ///< tolerant; false when unknown
    /// Tolerant: text that is not ISO 8601 keeps its raw text with an invalid `utc` (unknown);
    /// `expected` also warns when the field is missing or null.
    Timestamp timestamp(const QString &key, bool expected = true);
    QStringList stringList(const QString &key); ///< tolerant; items that are not text are dropped
    QJsonObject object(const QString &key, bool required = true);
    QJsonObject optionalObject(const QString &key); ///< tolerant
    QJsonArray array(const QString &key, bool required = true);
    QJsonArray optionalArray(const QString &key); ///< tolerant
    /// A string, or a number written as text (SendGrid's postal_code is either); tolerant.
    QString stringOrNumber(const QString &key);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, qsizetype index) const;

    bool ok() const { return m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }
    /// Adopts a nested decoder's error (the first error wins) and its warnings.
    template<typename T>
    void merge(const ApiResult<T> &nested)
    {
        merge(nested.error);
        m_warnings += nested.warnings;
    }
    void merge(const ApiError &nested);
    void fail(const QString &key, const QString &what);
    void warn(const QString &key, const QString &what);
    /// `value` with this reader's warnings, or its error.
    template<typename T>
    ApiResult<T> result(T value) const
    {
        return ok() ? ApiResult<T>::success(std::move(value), m_warnings)
                    : ApiResult<T>::failure(m_error);
    }

private:
    std::optional<qint64> wholeNumber(const QString &key, std::optional<QJsonValueConstRef> v);
    /// The value in place (no copy of it); nullopt when missing or after an error.
    std::optional<QJsonValueConstRef> value(const QString &key, bool required);
    /// Like value(), but null reads as missing and a value of the wrong type warns.
    std::optional<QJsonValueConstRef> tolerant(const QString &key, QJsonValue::Type type,
                                               const QString &what);

    QJsonObject m_object;
    QString m_path;
    ApiError m_error;
    QStringList m_warnings;
};
