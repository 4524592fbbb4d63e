// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

#include <QWidget>

class QToolButton;

/// Move up, move down, duplicate and remove, for one builder item (also on the keyboard:
/// Ctrl+Up, Ctrl+Down and Delete, see BuilderKeyFilter).
class BuilderRowButtons : public QWidget
{
    Q_OBJECT

public:
    /// `what` names the item in accessible names: "condition", "group", "SQL piece".
    BuilderRowButtons(const QString &what, QWidget *parent = nullptr);

    /// The first item of a group cannot move up, the last not down.
    void setPosition(bool first, bool last);

Q_SIGNALS:
    void requested(BuilderEdit::Kind kind);

private:
    QToolButton *addButton(const QString &text, const QString &name, BuilderEdit::Kind kind);

    QToolButton *m_up;
    QToolButton *m_down;
};
