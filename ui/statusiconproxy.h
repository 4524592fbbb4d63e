// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

/// Adds the validation icon to the status column, and draws a count of the previous query in
/// italics (SegmentTableModel::PreviousQueryCountRole): the models stay free of GUI types.
class StatusIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    StatusIconProxy(int statusColumn, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static QIcon dot(const QColor &colour);

    int m_statusColumn;
    QIcon m_valid;
    QIcon m_pending;
    QIcon m_invalid;
};
