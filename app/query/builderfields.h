// SPDX-License-Identifier: MIT
#pragma once

#include "builderoperator.h"

#include <QList>

#include <optional>

class FieldCatalogue;

/// The fields a builder condition can name, with the type that picks their operators and value
/// editor: contact_data's text, number and date columns (reserved and custom), list membership
/// (list_ids) and engagement (event_data).
namespace BuilderFields {

struct Field
{
    QString name;
    BuilderFieldType type;
};

/// Every field of `catalogue` the builder offers, by name, then list membership and engagement.
QList<Field> available(const FieldCatalogue &catalogue);
/// The type of `field` (any letter case); nullopt for unknown fields and columns the builder
/// has no operators for (alternate_emails, email_domains).
std::optional<BuilderFieldType> type(const FieldCatalogue &catalogue, QStringView field);

} // namespace BuilderFields
