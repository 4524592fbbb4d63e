// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

/// The account's segments as rows: name, contacts, "as of", validation, parent list, updated.
/// Qt::UserRole gives sortable values (numbers and times), SegmentIdRole the segment id. Times
/// read as ages ("12 min ago") against a reference time; the tooltip gives the full date.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Contacts, AsOf, Status, ParentList, Updated, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SegmentIdRole = Qt::UserRole + 1;
    /// On the contacts column: whether the count is the previous query's (a view draws it apart).
    static constexpr int PreviousQueryCountRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces all rows. `listNames` maps list ids to names for the parent-list column.
    void setSegments(QList<SegmentSummary> segments, QHash<QString, QString> listNames = {});
    /// Names for the parent-list column (they arrive separately from the segments).
    void setListNames(QHash<QString, QString> listNames);
    /// Updates (or adds) one row after a save, without a reset.
    void updateSegment(const SegmentSummary &segment);
    /// A save changed the segment's query at `at` (SendGrid's time): until a later count, its
    /// count is shown as the previous query's.
    void noteQueryEdited(const QString &id, const QDateTime &at);
    const QList<SegmentSummary> &segments() const { return m_segments; }
    int rowOf(const QString &id) const;
    /// The "now" that ages are counted from, from the view's Clock (never set: the date and
    /// time); the time columns change with it, so a view can move it on every minute.
    void setReferenceTime(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString parentListName(const SegmentSummary &s) const;
    QString timeText(const Timestamp &t) const;
    /// Counted, but before the last query change saved here.
    bool countsPreviousQuery(const SegmentSummary &s) const;
    QVariant tooltip(int row, int column) const;

    /// Text that is costly to make, made once per row instead of on every sort comparison and
    /// repaint: the sort key at once, the locale-formatted text when the row is first shown.
    struct RowText
    {
        QString sortName;
        bool formatted = false;
        QString contacts;
        QString asOf;
        QString updated;
    };
    const RowText &formattedText(int row) const;

    QList<SegmentSummary> m_segments;
    mutable QList<RowText> m_text;
    QHash<QString, QString> m_listNames;
    QHash<QString, QDateTime> m_queryEditedAt; ///< segment id -> when a query change was saved
    QDateTime m_now;
};
