// SPDX-License-Identifier: MIT
#include "builderkeyfilter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

BuilderItem *itemOf(QObject *watched)
{
    for (QObject *o = watched; o; o = o->parent())
        if (auto *item = qobject_cast<BuilderItem *>(o))
            return item;
    return nullptr;
}

bool editsText(QObject *watched)
{
    return qobject_cast<QLineEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched)
        || qobject_cast<QPlainTextEdit *>(watched);
}

} // namespace

BuilderKeyFilter::Key BuilderKeyFilter::keyOf(QObject *watched, const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo))
        return Key::Undo;
    if (event->matches(QKeySequence::Redo))
        return Key::Redo;
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Up)
        return Key::Up;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Down)
        return Key::Down;
    if (mods == Qt::NoModifier && event->key() == Qt::Key_Delete && !editsText(watched))
        return Key::Delete;
    return Key::None;
}

bool BuilderKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    const Key key = keyOf(watched, static_cast<QKeyEvent *>(event));
    BuilderItem *item = itemOf(watched);
    if (key == Key::None || !item)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes here as a KeyPress instead of to a window shortcut
        return true;
    }
    if (key == Key::Undo) {
        Q_EMIT undoRequested();
        return true;
    }
    if (key == Key::Redo) {
        Q_EMIT redoRequested();
        return true;
    }
    // The root group cannot move or go; its keys do nothing rather than something else.
    if (item->path().isEmpty())
        return true;
    BuilderEdit edit;
    edit.kind = key == Key::Up ? BuilderEdit::Kind::MoveUp
        : key == Key::Down     ? BuilderEdit::Kind::MoveDown
                               : BuilderEdit::Kind::Remove;
    edit.path = item->path();
    Q_EMIT requested(edit);
    return true;
}
