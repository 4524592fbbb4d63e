// SPDX-License-Identifier: MIT
#include "builderitem.h"

#include <QApplication>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>

BuilderItem::BuilderItem(QWidget *parent)
    : QFrame(parent)
{ }

void BuilderItem::request(BuilderEdit::Kind kind)
{
    BuilderEdit edit;
    edit.kind = kind;
    edit.path = m_path;
    Q_EMIT requested(edit);
}

QWidget *BuilderItem::chainChildren(QWidget *previous, QWidget *container)
{
    const QList<QWidget *> children = container->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (!(child->focusPolicy() & Qt::TabFocus) || child->isHidden()
            || child->window() != container->window() || child->focusProxy() != nullptr)
            continue;
        if (previous)
            setTabOrder(previous, child);
        previous = child;
    }
    return previous;
}

QString BuilderItem::mimeType()
{
    return QStringLiteral("application/x-segmentdesk-builder-path");
}

QMimeData *BuilderItem::mimeFor(const BuilderPath &path)
{
    QStringList parts;
    for (int index : path)
        parts << QString::number(index);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), parts.join(QLatin1Char(',')).toLatin1());
    return mime;
}

std::optional<BuilderPath> BuilderItem::pathIn(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    BuilderPath path;
    const QByteArray data = mime->data(mimeType());
    for (const QByteArray &part : data.split(',')) {
        bool ok = false;
        const int index = part.toInt(&ok);
        if (!ok || index < 0)
            return std::nullopt;
        path << index;
    }
    return data.isEmpty() ? std::nullopt : std::optional(path); // the root never moves
}

QWidget *BuilderItem::makeDragHandle()
{
    auto *handle = new QLabel(QStringLiteral("⋮⋮"));
    handle->setObjectName(QStringLiteral("dragHandle"));
    handle->setAccessibleName(tr("Drag to move"));
    handle->setToolTip(tr("Drag to move"));
    handle->setCursor(Qt::OpenHandCursor);
    handle->installEventFilter(this);
    m_handle = handle;
    return handle;
}

bool BuilderItem::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_handle || !isEnabled())
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressedAt = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        if ((move->buttons() & Qt::LeftButton)
            && (move->position().toPoint() - m_pressedAt).manhattanLength()
                >= QApplication::startDragDistance())
            startDrag();
    }
    return QFrame::eventFilter(watched, event);
}

// The drop redraws the tree and may retire this item while exec() still runs: the drag belongs
// to the window (Qt deletes it when it ends), and nothing of this item is touched after it.
void BuilderItem::startDrag()
{
    auto *drag = new QDrag(window());
    drag->setMimeData(mimeFor(m_path));
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 400), Qt::SmoothTransformation));
    drag->setHotSpot(QPoint(8, 8));
    drag->exec(Qt::MoveAction);
}
