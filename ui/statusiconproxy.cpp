// SPDX-License-Identifier: MIT
#include "statusiconproxy.h"

#include "models/segmenttablemodel.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

StatusIconProxy::StatusIconProxy(int statusColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_statusColumn(statusColumn)
    , m_valid(dot(QColor(0x2e, 0x7d, 0x32)))
    , m_pending(dot(QColor(0xf9, 0xa8, 0x25)))
    , m_invalid(dot(QColor(0xc6, 0x28, 0x28)))
{ }

QIcon StatusIconProxy::dot(const QColor &colour)
{
    // A pixmap per device pixel ratio: drawn at 2×, not scaled up from 16 pixels.
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(colour.darker(130));
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QVariant StatusIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole
        && QIdentityProxyModel::data(index, SegmentTableModel::PreviousQueryCountRole).toBool()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DecorationRole || index.column() != m_statusColumn)
        return QIdentityProxyModel::data(index, role);
    const QString status = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
    if (status == u"VALID")
        return m_valid;
    if (status == u"PENDING")
        return m_pending;
    if (status == u"INVALID")
        return m_invalid;
    return {};
}
