// SPDX-License-Identifier: MIT
#include "segmenttablemodel.h"

#include "relativetime.h"

#include <QLocale>

namespace {

QString fullTime(const Timestamp &t)
{
    if (t.isNull())
        return {};
    return t.utc.isValid() ? QLocale().toString(t.utc.toLocalTime(), QLocale::LongFormat)
                           : SegmentTableModel::tr("unknown (SendGrid sent \"%1\")").arg(t.raw);
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
    m_text.clear();
    m_text.reserve(m_segments.size());
    for (const SegmentSummary &s : std::as_const(m_segments))
        m_text.append(RowText {s.name.toLower(), false, {}, {}, {}});
    endResetModel();
}

void SegmentTableModel::setListNames(QHash<QString, QString> listNames)
{
    m_listNames = std::move(listNames);
    if (!m_segments.isEmpty())
        Q_EMIT dataChanged(index(0, ParentList), index(rowCount() - 1, ParentList));
}

void SegmentTableModel::updateSegment(const SegmentSummary &segment)
{
    const int row = rowOf(segment.id);
    if (row < 0) {
        beginInsertRows({}, int(m_segments.size()), int(m_segments.size()));
        m_segments.append(segment);
        m_text.append(RowText {segment.name.toLower(), false, {}, {}, {}});
        endInsertRows();
        return;
    }
    m_segments[row] = segment;
    m_text[row] = RowText {segment.name.toLower(), false, {}, {}, {}};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SegmentTableModel::noteQueryEdited(const QString &id, const QDateTime &at)
{
    m_queryEditedAt.insert(id, at);
    if (const int row = rowOf(id); row >= 0) {
        m_text[row].formatted = false;
        Q_EMIT dataChanged(index(row, Contacts), index(row, Contacts));
    }
}

bool SegmentTableModel::countsPreviousQuery(const SegmentSummary &s) const
{
    return s.countsPreviousQuery(m_queryEditedAt.value(s.id));
}

int SegmentTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).id == id)
            return int(i);
    }
    return -1;
}

void SegmentTableModel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    for (RowText &text : m_text)
        text.formatted = false;
    if (!m_segments.isEmpty()) {
        Q_EMIT dataChanged(index(0, AsOf), index(rowCount() - 1, AsOf), {Qt::DisplayRole});
        Q_EMIT dataChanged(index(0, Updated), index(rowCount() - 1, Updated), {Qt::DisplayRole});
    }
}

QString SegmentTableModel::timeText(const Timestamp &t) const
{
    if (t.isNull())
        return {};
    if (!t.utc.isValid())
        return tr("unknown");
    return RelativeTime::text(t.utc, m_now);
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

const SegmentTableModel::RowText &SegmentTableModel::formattedText(int row) const
{
    RowText &text = m_text[row];
    if (!text.formatted) {
        const SegmentSummary &s = m_segments.at(row);
        // A 0 before the first count is no count, and its "as of" is only the creation time.
        const bool counted = s.isCounted();
        text.contacts = counted ? QLocale().toString(s.contactsCount) : tr("not counted yet");
        text.asOf = counted ? timeText(s.sampleUpdatedAt) : QString();
        text.updated = timeText(s.updatedAt);
        text.formatted = true;
    }
    return text;
}

QVariant SegmentTableModel::display(int row, int column) const
{
    const SegmentSummary &s = m_segments.at(row);
    switch (column) {
    case Name:
        return s.name;
    case Contacts:
        return formattedText(row).contacts;
    case AsOf:
        return formattedText(row).asOf;
    case Status:
        return statusText(s.status);
    case ParentList:
        return parentListName(s);
    case Updated:
        return formattedText(row).updated;
    }
    return {};
}

QVariant SegmentTableModel::sortValue(int row, int column) const
{
    const SegmentSummary &s = m_segments.at(row);
    switch (column) {
    case Name:
        return m_text.at(row).sortName;
    case Contacts:
        return s.isCounted() ? s.contactsCount : -1; // below every count
    case AsOf:
        return s.isCounted() ? s.sampleUpdatedAt.utc : QDateTime();
    case Updated:
        return s.updatedAt.utc;
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant SegmentTableModel::tooltip(int row, int column) const
{
    const SegmentSummary &s = m_segments.at(row);
    switch (column) {
    case Status:
        return statusTooltip(s.status);
    case Contacts:
        if (countsPreviousQuery(s))
            return tr("Counted before the query was changed: SendGrid counts the new query within "
                      "minutes (about 30 for email activity), and the count shows here then.");
        return s.isCounted() ? display(row, column)
                             : tr("SendGrid has not counted this new segment yet; it counts a new "
                                  "segment within minutes (about 30 for email activity).");
    case AsOf:
        return s.isCounted() ? fullTime(s.sampleUpdatedAt) : QString();
    case Updated:
        return fullTime(s.updatedAt);
    }
    return display(row, column);
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case SegmentIdRole:
        return m_segments.at(row).id;
    case PreviousQueryCountRole:
        return index.column() == Contacts && countsPreviousQuery(m_segments.at(row));
    case Qt::ToolTipRole:
        return tooltip(row, index.column());
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
