// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QJsonObject>

/// A contact field SendGrid knows: a reserved field or a custom one (Text, Number, Date).
struct FieldDefinition
{
    enum class Type { Text, Number, Date };

    QString id; ///< empty for most reserved fields
    QString name;
    Type type = Type::Text;
    bool reserved = false;
    bool readOnly = false;

    bool operator==(const FieldDefinition &) const = default;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    static ApiResult<FieldDefinition> fromJson(const QJsonObject &json, const QString &path,
                                               bool reserved);
    /// Decodes `{"custom_fields": [...], "reserved_fields": [...]}`.
    static ApiResult<QList<FieldDefinition>> listFromJson(const QJsonObject &envelope);
    QJsonObject toJson() const;
};
