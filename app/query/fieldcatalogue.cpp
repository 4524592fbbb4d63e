// SPDX-License-Identifier: MIT
#include "fieldcatalogue.h"
#include "token.h"

namespace {

int editDistance(QStringView a, QStringView b)
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
        add(m_contact, QString::fromLatin1(name), Type::Text);
    for (const char *name : {"list_ids", "alternate_emails", "email_domains"})
        add(m_contact, QString::fromLatin1(name), Type::TextArray);
    for (const char *name : {"created_at", "updated_at"})
        add(m_contact, QString::fromLatin1(name), Type::Date);
    // §5.2: only partly verified; the time column follows SGQL v1's name.
    for (const char *name : {"contact_id", "event_source", "event_type"})
        add(m_event, QString::fromLatin1(name), Type::Text);
    add(m_event, QStringLiteral("event_timestamp"), Type::Date);
    add(m_event, QStringLiteral("data"), Type::Json);
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
        add(m_contact, f.name.toLower(), type);
    }
}

void FieldCatalogue::add(Columns &columns, QString name, Type type)
{
    const auto at = std::lower_bound(columns.begin(), columns.end(), name,
                                     [](const Column &c, const QString &n) { return c.name < n; });
    if (at != columns.end() && at->name == name)
        at->type = type;
    else
        columns.insert(at, {std::move(name), type});
}

const FieldCatalogue::Columns &FieldCatalogue::of(QStringView table) const
{
    return sameName(table, eventTable()) ? m_event : m_contact;
}

bool FieldCatalogue::isKnownTable(QStringView table)
{
    return sameName(table, contactTable()) || sameName(table, eventTable());
}

std::optional<FieldCatalogue::Type> FieldCatalogue::columnType(QStringView table,
                                                               QStringView column) const
{
    const QString lowered = isLowerCaseAscii(column) ? QString() : column.toString().toLower();
    const QStringView name = lowered.isNull() ? column : QStringView(lowered);
    const Columns &columns = of(table);
    const auto at = std::lower_bound(columns.begin(), columns.end(), name,
                                     [](const Column &c, QStringView n) { return c.name < n; });
    if (at == columns.end() || at->name != name)
        return std::nullopt;
    return at->type;
}

QStringList FieldCatalogue::columns(QStringView table) const
{
    QStringList names;
    for (const Column &c : of(table))
        names.append(c.name);
    return names;
}

QString FieldCatalogue::closest(QStringView table, QStringView name) const
{
    const QString lowered = name.toString().toLower();
    QString best;
    int bestDistance = 3;
    for (const Column &candidate : of(table)) {
        const int d = editDistance(lowered, candidate.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate.name;
        }
    }
    return best;
}
