// SPDX-License-Identifier: MIT
#include "segmenttablemodel.h"

#include <QLocale>

namespace {

QString localTime(const Timestamp &t)
{
    return t.isNull() ? QString() : QLocale().toString(t.utc.toLocalTime(), QLocale::ShortFormat);
}

QString statusText(const SegmentStatus &status)
{
    return status.queryValidation.isEmpty() ? QStringLiteral("—") : status.queryValidation;
}

QString statusTooltip(const SegmentStatus &status)
{
    switch (status.validation()) {
    case SegmentStatus::Validation::Valid:
        return SegmentTableModel::tr("SendGrid accepted the query; counts follow its schedule.");
    case SegmentStatus::Validation::Pending:
        return SegmentTableModel::tr("SendGrid is still checking the query.");
    case SegmentStatus::Validation::Invalid:
        return SegmentTableModel::tr("SendGrid rejected the query: %1").arg(status.errorMessage);
    case SegmentStatus::Validation::Unknown:
        break;
    }
    return SegmentTableModel::tr("Unknown status \"%1\"").arg(status.queryValidation);
}

} // namespace

void SegmentTableModel::setSegments(QList<SegmentSummary> segments,
                                    QHash<QString, QString> listNames)
{
    beginResetModel();
    m_segments = std::move(segments);
    m_listNames = std::move(listNames);
    endResetModel();
}

void SegmentTableModel::updateSegment(const SegmentSummary &segment)
{
    const int row = rowOf(segment.id);
    if (row < 0) {
        beginInsertRows({}, int(m_segments.size()), int(m_segments.size()));
        m_segments.append(segment);
        endInsertRows();
        return;
    }
    m_segments[row] = segment;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SegmentTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).id == id)
            return int(i);
    }
    return -1;
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentTableModel::parentListName(const SegmentSummary &s) const
{
    if (s.parentListIds.isEmpty())
        return {};
    return m_listNames.value(s.parentListIds.first(), s.parentListIds.first());
}

QVariant SegmentTableModel::display(const SegmentSummary &s, int column) const
{
    switch (column) {
    case Name:
        return s.name;
    case Contacts:
        return QLocale().toString(s.contactsCount);
    case AsOf:
        return localTime(s.sampleUpdatedAt);
    case Status:
        return statusText(s.status);
    case ParentList:
        return parentListName(s);
    case Updated:
        return localTime(s.updatedAt);
    }
    return {};
}

QVariant SegmentTableModel::sortValue(const SegmentSummary &s, int column) const
{
    switch (column) {
    case Contacts:
        return s.contactsCount;
    case AsOf:
        return s.sampleUpdatedAt.utc;
    case Updated:
        return s.updatedAt.utc;
    default:
        return display(s, column).toString().toLower();
    }
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const SegmentSummary &s = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case SortRole:
        return sortValue(s, index.column());
    case SegmentIdRole:
        return s.id;
    case Qt::ToolTipRole:
        return index.column() == Status ? statusTooltip(s.status) : display(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Contacts ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    }
    return {};
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[]
        = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Contacts"),    QT_TR_NOOP("As of"),
           QT_TR_NOOP("Status"), QT_TR_NOOP("Parent list"), QT_TR_NOOP("Updated")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}
