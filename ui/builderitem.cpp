// SPDX-License-Identifier: MIT
#include "builderitem.h"

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
