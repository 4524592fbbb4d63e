// SPDX-License-Identifier: MIT
#pragma once

#include "local/historyversion.h"

#include <QAbstractTableModel>
#include <QDateTime>

/// The versions of one segment as rows, newest first: number, when (relative; the full date in
/// the tooltip), who made it, name, contacts and validation at that moment. Qt::UserRole gives
/// the version's number.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Recorded, Source, Name, Contacts, Validation, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces all rows; `versions` oldest first, as HistoryStore::versions gives them.
    void setVersions(const QList<HistoryVersion> &versions);
    /// The time "12 min ago" counts from, from the caller's Clock; unset: the date and time.
    void setNow(const QDateTime &now);
    const HistoryVersion &versionAt(int row) const { return m_versions.at(row); }
    /// The row of version `number`, or -1.
    int rowOfNumber(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const HistoryVersion &version, int column) const;
    QVariant toolTip(const HistoryVersion &version, int column) const;

    QList<HistoryVersion> m_versions; ///< newest first
    QDateTime m_now;
};
