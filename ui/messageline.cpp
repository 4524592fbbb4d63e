// SPDX-License-Identifier: MIT
#include "messageline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

MessageLine::MessageLine(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(std::max(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Any width: a long message is cut, it never widens the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void MessageLine::setLines(int lines)
{
    if (std::max(1, lines) == m_lines)
        return;
    m_lines = std::max(1, lines);
    updateGeometry();
    update();
}

QSize MessageLine::sizeHint() const
{
    return minimumSizeHint();
}

QSize MessageLine::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 8 + m.left() + m.right(),
            fontMetrics().lineSpacing() * m_lines + m.top() + m.bottom()};
}

QStringList MessageLine::shownLines() const
{
    const QStringList all = text().split(u'\n');
    QStringList shown;
    const int width = contentsRect().width();
    for (qsizetype i = 0; i < std::min<qsizetype>(all.size(), m_lines); ++i) {
        // The last line says that more follows when it cannot show the rest.
        const bool more = i == m_lines - 1 && all.size() > m_lines;
        const QString line = more ? all[i] + QStringLiteral(" …") : all[i];
        shown << fontMetrics().elidedText(line, Qt::ElideRight, width);
    }
    return shown;
}

void MessageLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    QRect line = contentsRect();
    line.setHeight(fontMetrics().lineSpacing());
    for (const QString &shown : shownLines()) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, shown);
        line.translate(0, line.height());
    }
}

bool MessageLine::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QLabel::event(event);
    if (text().isEmpty() || shownLines().join(u'\n') == text())
        QToolTip::hideText();
    else // the whole message, where the line had to cut it
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
    return true;
}
