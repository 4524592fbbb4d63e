// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// A valid segment query of about 10 KB, one condition group per line: the size the query
/// budgets of DESIGN.md are set for.
inline QString tenKilobyteQuery()
{
    QString query = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e "
        "ON c.contact_id = e.contact_id WHERE c.email LIKE '%gmail.com'");
    for (int i = 0; query.size() < 10 * 1024; ++i)
        query += QStringLiteral(
                     "\n  AND (c.city = 'City %1' OR array_contains(c.list_ids, ['l%1', 'm%1']) "
                     "OR c.created_at > '2026-01-%2T00:00:00Z')")
                     .arg(i)
                     .arg(i % 28 + 1, 2, 10, QChar(u'0'));
    return query;
}
