// SPDX-License-Identifier: MIT
#pragma once

#include "api/fielddefinition.h"

#include <QHash>
#include <QStringList>

#include <optional>

/// The columns a segment query may name, per table, with their types: the reserved
/// `contact_data` columns of the query reference, the account's custom fields, and `event_data`.
class FieldCatalogue
{
public:
    enum class Type { Text, Number, Date, TextArray, Json };

    /// Reserved columns only; `hasCustomFields()` is false, so unknown columns are only warned
    /// about.
    FieldCatalogue();
    /// Reserved columns plus the custom fields among `definitions`.
    explicit FieldCatalogue(const QList<FieldDefinition> &definitions);

    static bool isKnownTable(const QString &table);
    std::optional<Type> columnType(const QString &table, const QString &column) const;
    /// Column names of `table`, for completion and "did you mean".
    QStringList columns(const QString &table) const;
    bool hasCustomFields() const { return m_customFieldsKnown; }
    /// The known name closest to `name` (at most two edits away), or empty.
    QString closest(const QString &table, const QString &name) const;

    static QString contactTable() { return QStringLiteral("contact_data"); }
    static QString eventTable() { return QStringLiteral("event_data"); }

private:
    QHash<QString, Type> m_contact; ///< lower-case name → type
    QHash<QString, Type> m_event;
    bool m_customFieldsKnown = false;
};
