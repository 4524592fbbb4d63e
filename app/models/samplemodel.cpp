// SPDX-License-Identifier: MIT
#include "samplemodel.h"

#include "csv.h"

#include <QJsonValue>
#include <QLocale>

namespace {

enum FixedColumn { Email, FirstName, LastName, City, Country, Lists, FixedCount };

} // namespace

void SampleModel::setContacts(QList<Contact> contacts, QHash<QString, QString> listNames)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    m_listNames = std::move(listNames);
    m_customFields.clear();
    for (const Contact &c : std::as_const(m_contacts)) {
        for (const QString &key : c.customFields.keys()) {
            if (!m_customFields.contains(key))
                m_customFields.append(key);
        }
    }
    m_customFields.sort();
    endResetModel();
}

int SampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int SampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedCount + int(m_customFields.size());
}

QString SampleModel::cell(const Contact &c, int column) const
{
    switch (column) {
    case Email:
        return c.email;
    case FirstName:
        return c.firstName;
    case LastName:
        return c.lastName;
    case City:
        return c.city;
    case Country:
        return c.country;
    case Lists: {
        QStringList names;
        for (const QString &id : c.listIds)
            names.append(m_listNames.value(id, id));
        return names.join(QStringLiteral(", "));
    }
    }
    return c.customFields.value(m_customFields.value(column - FixedCount)).toVariant().toString();
}

QString SampleModel::header(int column) const
{
    static const char *const titles[]
        = {QT_TR_NOOP("Email"), QT_TR_NOOP("First name"), QT_TR_NOOP("Last name"),
           QT_TR_NOOP("City"),  QT_TR_NOOP("Country"),    QT_TR_NOOP("Lists")};
    return column < FixedCount ? tr(titles[column]) : m_customFields.value(column - FixedCount);
}

// A field of a megabyte laid out for its cell or its tooltip stalled the window for seconds:
// the table shows the start of a long value, the tooltip a longer start and the whole length.
// Copy and CSV export give the whole value.
QVariant SampleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString value = cell(m_contacts.at(index.row()), index.column());
    const qsizetype shown = role == Qt::DisplayRole ? CellChars : ToolTipChars;
    if (value.size() <= shown)
        return value;
    const QString start = value.left(shown) + u'\u2026';
    return role == Qt::DisplayRole ? start
                                   : tr("%1\n(%2 characters in all; Copy and Export give them all)")
                                         .arg(start, QLocale().toString(value.size()));
}

QVariant SampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return header(section);
}

QString SampleModel::toCsv() const
{
    QStringList row;
    for (int c = 0; c < columnCount(); ++c)
        row.append(header(c));
    QString out = Csv::row(row) + u'\n';
    for (const Contact &contact : m_contacts) {
        row.clear();
        for (int c = 0; c < columnCount(); ++c)
            row.append(cell(contact, c));
        out += Csv::row(row) + u'\n';
    }
    return out;
}
