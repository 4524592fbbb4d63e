// SPDX-License-Identifier: MIT
#include "statusline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

StatusLine::StatusLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, this, &StatusLine::rest);
}

void StatusLine::say(const QString &text, Kind kind)
{
    m_kind = kind;
    m_noticeTimer.stop();
    if (text.isEmpty())
        return rest();
    setText(text);
    if (kind == Kind::Notice)
        m_noticeTimer.start();
}

void StatusLine::setResting(const QString &text)
{
    const bool resting = this->text() == m_resting;
    m_resting = text;
    if (resting)
        setText(text);
}

void StatusLine::dropNotice()
{
    if (m_kind == Kind::Notice && m_noticeTimer.isActive())
        rest();
}

void StatusLine::rest()
{
    m_noticeTimer.stop();
    m_kind = Kind::Notice;
    setText(m_resting);
}

QSize StatusLine::sizeHint() const
{
    return minimumSizeHint();
}

QSize StatusLine::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 8 + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

QString StatusLine::shownText() const
{
    return fontMetrics().elidedText(text().simplified(), Qt::ElideRight, contentsRect().width());
}

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, shownText());
}

bool StatusLine::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QLabel::event(event);
    // The full text, when the line had to cut it.
    const QString full = text().simplified();
    if (full.isEmpty() || shownText() == full)
        QToolTip::hideText();
    else
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
    return true;
}
