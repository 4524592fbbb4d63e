// SPDX-License-Identifier: MIT
#include "fieldcatalogue.h"
#include "token.h"

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), substitution);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

FieldCatalogue::FieldCatalogue()
{
    // segmentation-query-language.md §5.1
    for (const char *name :
         {"contact_id", "email", "phone_number_id", "external_id", "anonymous_id", "first_name",
          "last_name", "address_line_1", "address_line_2", "city", "state_province_region",
          "postal_code", "country", "phone_number", "whatsapp", "line", "facebook", "unique_name"})
        m_contact.insert(QString::fromLatin1(name), Type::Text);
    for (const char *name : {"list_ids", "alternate_emails", "email_domains"})
        m_contact.insert(QString::fromLatin1(name), Type::TextArray);
    for (const char *name : {"created_at", "updated_at"})
        m_contact.insert(QString::fromLatin1(name), Type::Date);
    // §5.2: only partly verified; the time column follows SGQL v1's name.
    for (const char *name : {"contact_id", "event_source", "event_type"})
        m_event.insert(QString::fromLatin1(name), Type::Text);
    m_event.insert(QStringLiteral("event_timestamp"), Type::Date);
    m_event.insert(QStringLiteral("data"), Type::Json);
}

FieldCatalogue::FieldCatalogue(const QList<FieldDefinition> &definitions)
    : FieldCatalogue()
{
    m_customFieldsKnown = true;
    for (const FieldDefinition &f : definitions) {
        if (f.reserved)
            continue;
        const Type type = f.type == FieldDefinition::Type::Number ? Type::Number
            : f.type == FieldDefinition::Type::Date               ? Type::Date
                                                                  : Type::Text;
        m_contact.insert(f.name.toLower(), type);
    }
}

bool FieldCatalogue::isKnownTable(const QString &table)
{
    return table.compare(contactTable(), Qt::CaseInsensitive) == 0
        || table.compare(eventTable(), Qt::CaseInsensitive) == 0;
}

std::optional<FieldCatalogue::Type> FieldCatalogue::columnType(const QString &table,
                                                               const QString &column) const
{
    const auto &columns
        = table.compare(eventTable(), Qt::CaseInsensitive) == 0 ? m_event : m_contact;
    const auto it = columns.constFind(lowerCase(column));
    if (it == columns.constEnd())
        return std::nullopt;
    return *it;
}

QStringList FieldCatalogue::columns(const QString &table) const
{
    const auto &columns
        = table.compare(eventTable(), Qt::CaseInsensitive) == 0 ? m_event : m_contact;
    QStringList names = columns.keys();
    names.sort();
    return names;
}

QString FieldCatalogue::closest(const QString &table, const QString &name) const
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : columns(table)) {
        const int d = editDistance(name.toLower(), candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}
