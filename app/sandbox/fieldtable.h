// SPDX-License-Identifier: MIT
#pragma once

#include "api/fielddefinition.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

class SandboxStore;

/// The custom field definitions (field_definitions) and their columns of contact_data: every
/// statement on them is here. A definition and its column change together, in one transaction.
class FieldTable
{
public:
    explicit FieldTable(SandboxStore &store)
        : m_store(store)
    { }

    /// In creation order.
    Result<QList<FieldDefinition>> all() const;
    /// Nothing (no error) when no field has the id.
    Result<std::optional<QString>> nameOf(const QString &id) const;
    /// Whether a field has `name` (names ignore case).
    Result<bool> fieldNamed(const QString &name) const;
    /// Whether contact_data has a column `name` (ignoring case): a field's or a built-in one.
    Result<bool> columnNamed(const QString &name) const;
    /// `field.name` must be a checked name (letters, digits, underscores): it becomes a column.
    VoidResult add(const FieldDefinition &field);
    VoidResult rename(const QString &id, const QString &from, const QString &to);
    VoidResult remove(const QString &id, const QString &name);

private:
    SandboxStore &m_store;
};
