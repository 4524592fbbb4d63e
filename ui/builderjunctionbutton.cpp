// SPDX-License-Identifier: MIT
#include "builderjunctionbutton.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

BuilderJunctionButton::BuilderJunctionButton(QWidget *parent)
    : QToolButton(parent)
{
    setCheckable(true);
}

// Filled when chosen, outlined when not: the two states differ in more than a shade.
void BuilderJunctionButton::paintEvent(QPaintEvent *)
{
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    const QColor highlight = palette().color(group, QPalette::Highlight);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(isChecked() ? highlight.darker(140) : palette().color(group, QPalette::Mid));
    painter.setBrush(isChecked() ? QBrush(highlight) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(
        palette().color(group, isChecked() ? QPalette::HighlightedText : QPalette::ButtonText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextShowMnemonic, text());
    if (!hasFocus())
        return;
    QStyleOptionFocusRect focus;
    focus.initFrom(this);
    focus.rect = rect().adjusted(3, 3, -3, -3);
    focus.backgroundColor = isChecked() ? highlight : palette().color(group, QPalette::Window);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
}
