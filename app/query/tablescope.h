// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

/// The tables a query names, by the name its columns use (alias or table name; empty for the
/// SGQL v1 form's unqualified columns). A handful at most, so a list, not a hash.
class TableScope
{
public:
    TableScope() = default;
    TableScope(std::initializer_list<std::pair<QStringView, QStringView>> entries)
    {
        for (const auto &[name, table] : entries)
            add(name, table);
    }
    void add(QStringView name, QStringView table) { m_entries.append({name, table}); }
    /// The table that `name` (any letter case) refers to, if any.
    std::optional<QStringView> find(QStringView name) const
    {
        for (const auto &[entryName, table] : m_entries) {
            if (sameName(entryName, name))
                return table;
        }
        return std::nullopt;
    }
    bool hasTable(QStringView table) const
    {
        return std::any_of(m_entries.begin(), m_entries.end(),
                           [table](const auto &entry) { return entry.second == table; });
    }

private:
    QVarLengthArray<std::pair<QStringView, QStringView>, 4> m_entries;
};
