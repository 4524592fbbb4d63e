// SPDX-License-Identifier: MIT
#include "segmentfiltermodel.h"

#include "segmenttablemodel.h"

SegmentFilterModel::SegmentFilterModel(const SegmentTableModel *segments, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_segments(segments)
{ }

void SegmentFilterModel::setFilterText(const QString &text)
{
    m_filter = SegmentListFilter::parse(text);
    invalidateRowsFilter();
}

void SegmentFilterModel::setQuery(const QString &id, const QString &query)
{
    const auto known = m_queries.constFind(id);
    if (known != m_queries.cend() && known->query == query)
        return;
    m_queries.insert(id, {query, SegmentListFilter::Uses::of(query)});
    if (!m_filter.isEmpty())
        invalidateRowsFilter();
}

void SegmentFilterModel::setListNames(QHash<QString, QString> listNames)
{
    m_listNames = std::move(listNames);
    if (!m_filter.isEmpty())
        invalidateRowsFilter();
}

bool SegmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString id = index.data(SegmentTableModel::SegmentIdRole).toString();
    SegmentListFilter::Candidate candidate;
    candidate.name = index.data(Qt::DisplayRole).toString();
    if (const int row = m_segments->rowOf(id); row >= 0)
        candidate.parentListIds = m_segments->segments().at(row).parentListIds;
    if (const auto known = m_queries.constFind(id); known != m_queries.cend()) {
        candidate.query = known->query;
        candidate.uses = &known->uses;
    }
    return m_filter.matches(candidate, m_listNames);
}
