// SPDX-License-Identifier: MIT
#include "builderfields.h"

#include "fieldcatalogue.h"
#include "token.h"

namespace BuilderFields {

std::optional<BuilderFieldType> type(const FieldCatalogue &catalogue, QStringView field)
{
    if (sameName(field, BuilderOperators::listField()))
        return BuilderFieldType::List;
    if (sameName(field, BuilderOperators::engagementField()))
        return BuilderFieldType::Engagement;
    switch (catalogue.columnType(FieldCatalogue::contactTable(), field)
                .value_or(FieldCatalogue::Type::Json)) {
    case FieldCatalogue::Type::Text:
        return BuilderFieldType::Text;
    case FieldCatalogue::Type::Number:
        return BuilderFieldType::Number;
    case FieldCatalogue::Type::Date:
        return BuilderFieldType::Date;
    default:
        return std::nullopt;
    }
}

QList<Field> available(const FieldCatalogue &catalogue)
{
    QList<Field> fields;
    for (const QString &name : catalogue.columns(FieldCatalogue::contactTable())) {
        const auto fieldType = type(catalogue, name);
        // contact_id names the contact, not something about it; list_ids comes last.
        if (fieldType && *fieldType != BuilderFieldType::List && name != u"contact_id")
            fields.append({name, *fieldType});
    }
    fields.append({BuilderOperators::listField(), BuilderFieldType::List});
    fields.append({BuilderOperators::engagementField(), BuilderFieldType::Engagement});
    return fields;
}

} // namespace BuilderFields
