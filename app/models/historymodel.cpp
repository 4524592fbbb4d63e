// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "relativetime.h"

#include <QLocale>

#include <algorithm>

void HistoryModel::setVersions(const QList<HistoryVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    endResetModel();
}

void HistoryModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, Recorded), index(rowCount() - 1, Recorded));
}

int HistoryModel::rowOfNumber(int number) const
{
    const auto found
        = std::find_if(m_versions.cbegin(), m_versions.cend(),
                       [number](const HistoryVersion &v) { return v.number == number; });
    return found == m_versions.cend() ? -1 : int(found - m_versions.cbegin());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryVersion &version = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(version, index.column());
    case Qt::ToolTipRole:
        return toolTip(version, index.column());
    case NumberRole:
        return version.number;
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Contacts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::display(const HistoryVersion &version, int column) const
{
    switch (column) {
    case Number:
        return version.number;
    case Recorded:
        return RelativeTime::text(version.recordedAt, m_now);
    case Source:
        return HistoryVersion::sourceName(version.source);
    case Name:
        return version.name;
    case Contacts:
        return version.contactsCount ? QLocale().toString(*version.contactsCount)
                                     : QStringLiteral("—");
    case Validation:
        return version.validation.isEmpty() ? QStringLiteral("—") : version.validation;
    default:
        return {};
    }
}

QVariant HistoryModel::toolTip(const HistoryVersion &version, int column) const
{
    switch (column) {
    case Recorded:
        return QLocale().toString(version.recordedAt.toLocalTime(), QLocale::LongFormat);
    case Source:
        return version.source == HistoryVersion::Source::ThisApp
            ? tr("Saved by SegmentDesk")
            : tr("Read from SendGrid: changed elsewhere, or first seen then");
    case Validation:
        return version.validationError.isEmpty() ? QVariant() : version.validationError;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Recorded:
        return tr("When");
    case Source:
        return tr("By");
    case Name:
        return tr("Name");
    case Contacts:
        return tr("Contacts");
    case Validation:
        return tr("Validation");
    default:
        return {};
    }
}
