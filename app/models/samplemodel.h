// SPDX-License-Identifier: MIT
#pragma once

#include "api/contact.h"

#include <QAbstractTableModel>
#include <QHash>

/// A segment's contact sample as a table: email, names, city, country, lists, then one column
/// per custom field found in the sample. Exports itself as CSV. A cell shows at most CellChars
/// of its value and its tooltip ToolTipChars; CSV holds whole values.
class SampleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    static constexpr qsizetype CellChars = 200;
    static constexpr qsizetype ToolTipChars = 2000;

    void setContacts(QList<Contact> contacts, QHash<QString, QString> listNames = {});
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cell(const Contact &contact, int column) const;
    QString header(int column) const;

    QList<Contact> m_contacts;
    QHash<QString, QString> m_listNames;
    QStringList m_customFields;
};
