// SPDX-License-Identifier: MIT
#pragma once

#include <QIconEngine>
#include <QSvgRenderer>

/// Paints a monochrome SVG of the icon set in the text colour of the application's palette, at
/// whatever size and device pixel ratio is asked, so one drawing serves light and dark, 1× and 2×.
/// The set's drawings use #404040 for their ink; that colour is replaced when painting.
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(const QString &resource);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("TintedSvgIconEngine"); }

private:
    QByteArray m_svg;
};
