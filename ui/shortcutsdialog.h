// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;

/// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the
/// actions themselves, so the list cannot fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
