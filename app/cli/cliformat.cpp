// SPDX-License-Identifier: MIT
#include "cliformat.h"

#include "clitext.h"
#include "tableprinter.h"

namespace CliFormat {
namespace {

QString time(const Timestamp &t)
{
    if (t.isNull())
        return QStringLiteral("-");
    // Sent, but not a time this program can read (the log names the field).
    return t.utc.isValid() ? t.utc.toString(Qt::ISODate) : QStringLiteral("unknown");
}

QString statusText(const SegmentStatus &status)
{
    return status.errorMessage.isEmpty()
        ? status.queryValidation
        : status.queryValidation + QStringLiteral(" (") + status.errorMessage + u')';
}

} // namespace

QString segmentTable(const QList<SegmentSummary> &segments)
{
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("CONTACTS"), QStringLiteral("STATUS"),
                        QStringLiteral("AS OF"), QStringLiteral("NAME")});
    for (const SegmentSummary &s : segments)
        table.addRow({s.id, QString::number(s.contactsCount), s.status.queryValidation,
                      time(s.sampleUpdatedAt), s.name});
    return table.toString();
}

QString segmentDetails(const Segment &s)
{
    QString out;
    auto field = [&out](const QString &label, const QString &value) {
        out += label.leftJustified(20) + CliText::visible(value) + u'\n';
    };
    field(QStringLiteral("id"), s.id);
    field(QStringLiteral("name"), s.name);
    field(QStringLiteral("status"), statusText(s.status));
    field(QStringLiteral("contacts_count"), QString::number(s.contactsCount));
    field(QStringLiteral("parent_list_ids"), s.parentListIds.join(QStringLiteral(", ")));
    field(QStringLiteral("created_at"), time(s.createdAt));
    field(QStringLiteral("updated_at"), time(s.updatedAt));
    field(QStringLiteral("sample_updated_at"), time(s.sampleUpdatedAt));
    field(QStringLiteral("next_sample_update"), time(s.nextSampleUpdate));
    field(QStringLiteral("last_refreshed_at"), time(s.lastRefreshedAt));
    if (s.refreshesUsed || s.maxRefreshes)
        field(QStringLiteral("refreshes"),
              QStringLiteral("%1 of %2 today")
                  .arg(s.refreshesUsed.value_or(0))
                  .arg(s.maxRefreshes.value_or(0)));
    out += QStringLiteral("query_dsl\n  ")
        + CliText::visibleLines(s.queryDsl).replace(u'\n', QStringLiteral("\n  ")) + u'\n';
    if (s.hasSample) {
        TablePrinter table({QStringLiteral("EMAIL"), QStringLiteral("FIRST"),
                            QStringLiteral("LAST"), QStringLiteral("CITY"),
                            QStringLiteral("COUNTRY")});
        for (const Contact &c : s.contactsSample)
            table.addRow({c.email, c.firstName, c.lastName, c.city, c.country});
        out += QStringLiteral("\ncontacts_sample (%1)\n").arg(s.contactsSample.size())
            + table.toString();
    }
    return out;
}

QString fieldTable(const QList<FieldDefinition> &fields)
{
    TablePrinter table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("KIND"),
                        QStringLiteral("ID")});
    for (const FieldDefinition &f : fields)
        table.addRow({f.name, FieldDefinition::typeName(f.type),
                      f.reserved ? (f.readOnly ? QStringLiteral("reserved, read-only")
                                               : QStringLiteral("reserved"))
                                 : QStringLiteral("custom"),
                      f.id});
    return table.toString();
}

QString listTable(const QList<ContactList> &lists)
{
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("CONTACTS"), QStringLiteral("NAME")});
    for (const ContactList &l : lists)
        table.addRow({l.id, QString::number(l.contactCount), l.name});
    return table.toString();
}

} // namespace CliFormat
