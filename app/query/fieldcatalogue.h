// SPDX-License-Identifier: MIT
#pragma once

#include "api/fielddefinition.h"

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

    static bool isKnownTable(QStringView table);
    /// The type of `column` (any letter case) in `table`.
    std::optional<Type> columnType(QStringView table, QStringView column) const;
    /// Column names of `table`, for completion and "did you mean".
    QStringList columns(QStringView table) const;
    bool hasCustomFields() const { return m_customFieldsKnown; }
    /// The known name closest to `name` (at most two edits away), or empty.
    QString closest(QStringView table, QStringView name) const;

    static QStringView contactTable() { return u"contact_data"; }
    static QStringView eventTable() { return u"event_data"; }

private:
    struct Column
    {
        QString name; ///< lower case
        Type type;
    };
    using Columns = QList<Column>; ///< sorted by name: the linter looks up every column it sees

    static void add(Columns &columns, QString name, Type type);
    const Columns &of(QStringView table) const;

    Columns m_contact;
    Columns m_event;
    bool m_customFieldsKnown = false;
};
