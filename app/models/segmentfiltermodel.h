// SPDX-License-Identifier: MIT
#pragma once

#include "segmentlistfilter.h"

#include <QSortFilterProxyModel>

class SegmentTableModel;

/// The segment list as the filter shows it: rows whose name or known query text matches
/// (SegmentListFilter). The list endpoint sends no queries: they are told here as they become known
/// (the local history, a segment opened or saved).
class SegmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// `segments` gives each row's parent lists; it is the source of the source model.
    explicit SegmentFilterModel(const SegmentTableModel *segments, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    /// The query of segment `id` as last seen.
    void setQuery(const QString &id, const QString &query);
    bool knowsQuery(const QString &id) const { return m_queries.contains(id); }
    /// List id -> name, for `list:NAME`.
    void setListNames(QHash<QString, QString> listNames);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Known
    {
        QString query;
        SegmentListFilter::Uses uses;
    };

    const SegmentTableModel *m_segments;
    SegmentListFilter m_filter;
    QHash<QString, Known> m_queries;
    QHash<QString, QString> m_listNames;
};
