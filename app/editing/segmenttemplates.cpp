// SPDX-License-Identifier: MIT
#include "segmenttemplates.h"

#include <QCoreApplication>

namespace SegmentTemplates {

QList<SegmentTemplate> all(const QString &listId)
{
    auto tr
        = [](const char *text) { return QCoreApplication::translate("SegmentTemplates", text); };
    const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data\nWHERE ");
    return {
        {tr("Blank: every contact with an email address"), head + "email IS NOT NULL"},
        {tr("A field condition: contacts in one country"), head + "country = 'Germany'"},
        {tr("Members of a list"),
         head
             + QStringLiteral("array_contains(list_ids, '%1')")
                   .arg(listId.isEmpty() ? QStringLiteral("LIST_ID") : listId)},
        {tr("Recent openers: opened an email in the last 30 days"),
         QStringLiteral(
             "SELECT c.contact_id, c.updated_at\nFROM contact_data AS c\n"
             "JOIN event_data AS e ON c.contact_id = e.contact_id\n"
             "WHERE e.event_type = 'open'\n  AND e.event_timestamp > now() - INTERVAL 30 DAY")},
    };
}

} // namespace SegmentTemplates
