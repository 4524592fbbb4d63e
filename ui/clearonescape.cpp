// SPDX-License-Identifier: MIT
#include "clearonescape.h"

#include <QKeyEvent>
#include <QLineEdit>

ClearOnEscape::ClearOnEscape(QLineEdit *field)
    : QObject(field)
    , m_field(field)
{
    field->installEventFilter(this);
}

bool ClearOnEscape::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field
        || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier
        || m_field->text().isEmpty())
        return false;
    if (event->type() == QEvent::KeyPress)
        m_field->clear();
    event->accept(); // in ShortcutOverride: the key goes to the field, not to the shortcut
    return true;
}
