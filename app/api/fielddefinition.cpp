// SPDX-License-Identifier: MIT
#include "fielddefinition.h"

#include "jsonreader.h"

QString FieldDefinition::typeName(Type type)
{
    switch (type) {
    case Type::Number:
        return QStringLiteral("Number");
    case Type::Date:
        return QStringLiteral("Date");
    case Type::Text:
        break;
    }
    return QStringLiteral("Text");
}

std::optional<FieldDefinition::Type> FieldDefinition::typeFromName(const QString &name)
{
    for (Type t : {Type::Text, Type::Number, Type::Date}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

ApiResult<FieldDefinition> FieldDefinition::fromJson(const QJsonObject &json, const QString &path,
                                                     bool reserved)
{
    JsonReader r(json, path);
    FieldDefinition f;
    f.reserved = reserved;
    // Most reserved fields have no id; a custom field is known by it.
    f.id = reserved ? r.nullableString(QStringLiteral("id")) : r.string(QStringLiteral("id"));
    f.name = r.string(QStringLiteral("name"));
    const QString type = r.nullableString(QStringLiteral("field_type"));
    f.readOnly = r.optionalBoolean(QStringLiteral("read_only"));
    const auto parsed = typeFromName(type);
    // Text is the type that constrains a comparison least, so an unknown one blocks nothing.
    if (!parsed)
        r.warn(QStringLiteral("field_type"),
               QStringLiteral("has unknown type \"%1\", read as Text").arg(type.left(40)));
    f.type = parsed.value_or(Type::Text);
    return r.result(f);
}

ApiResult<QList<FieldDefinition>> FieldDefinition::listFromJson(const QJsonObject &envelope)
{
    JsonReader r(envelope);
    QList<FieldDefinition> out;
    for (const bool reserved : {true, false}) {
        const QString key
            = reserved ? QStringLiteral("reserved_fields") : QStringLiteral("custom_fields");
        const QJsonArray items = r.array(key, false);
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            auto field = fromJson(items.at(i).toObject(), r.pathOf(key, i), reserved);
            r.merge(field);
            if (field.value)
                out.append(*field.value);
        }
    }
    return r.result(out);
}

QJsonObject FieldDefinition::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name},
                      {QStringLiteral("field_type"), typeName(type)}};
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    if (reserved)
        json.insert(QStringLiteral("read_only"), readOnly);
    return json;
}
