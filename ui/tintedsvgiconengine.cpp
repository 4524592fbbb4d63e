// SPDX-License-Identifier: MIT
#include "tintedsvgiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace {

QColor ink(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

} // namespace

TintedSvgIconEngine::TintedSvgIconEngine(const QString &resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                QIcon::State)
{
    // The palette is read at each paint: a change between light and dark shows at once.
    QByteArray tinted = m_svg;
    tinted.replace("#404040", ink(mode).name().toLatin1());
    QSvgRenderer renderer(tinted);
    renderer.render(painter, rect);
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                          qreal scale)
{
    // QIcon asks in device pixels (16×16 at 2× arrives as 32×32, scale 2): drawn at that size,
    // not scaled up from the 1× pixmap, so lines stay crisp.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(*this);
}
