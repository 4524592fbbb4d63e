// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"

#include <QAbstractTableModel>
#include <QHash>

/// The account's segments as rows: name, contacts, "as of", validation, parent list, updated.
/// Qt::UserRole gives sortable values (numbers and times), SegmentIdRole the segment id.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Contacts, AsOf, Status, ParentList, Updated, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SegmentIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces all rows. `listNames` maps list ids to names for the parent-list column.
    void setSegments(QList<SegmentSummary> segments, QHash<QString, QString> listNames = {});
    /// Updates (or adds) one row after a save, without a reset.
    void updateSegment(const SegmentSummary &segment);
    const QList<SegmentSummary> &segments() const { return m_segments; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SegmentSummary &s, int column) const;
    QVariant sortValue(const SegmentSummary &s, int column) const;
    QString parentListName(const SegmentSummary &s) const;

    QList<SegmentSummary> m_segments;
    QHash<QString, QString> m_listNames;
};
