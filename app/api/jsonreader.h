// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

/// Reads fields of one JSON object with type checks. The first problem is kept as a BadPayload
/// error naming the field's path (`contacts_sample[3].id`); later reads return empty values.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path = {});

    QString string(const QString &key, bool required = true);
    QString nullableString(const QString &key); ///< missing or null → empty
    qint64 integer(const QString &key, bool required = true);
    std::optional<qint64> optionalInteger(const QString &key);
    bool boolean(const QString &key, bool required = true);
    Timestamp timestamp(const QString &key, bool required = true);
    QStringList stringList(const QString &key, bool required = true);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);
    /// A string, or a number written as text (SendGrid's postal_code is either).
    QString stringOrNumber(const QString &key);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, qsizetype index) const;

    bool ok() const { return m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    /// Adopts a nested reader's error (the first error wins).
    void merge(const ApiError &nested);
    void fail(const QString &key, const QString &what);

private:
    std::optional<qint64> wholeNumber(const QString &key, std::optional<QJsonValueConstRef> v);
    /// The value in place (no copy of it); nullopt when missing or after an error.
    std::optional<QJsonValueConstRef> value(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    ApiError m_error;
};
