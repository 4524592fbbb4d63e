// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QKeySequence>

class QAction;

/// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the
/// actions themselves (all of each action's keys), so the list cannot fall behind the menus;
/// and the keys that work inside an editor without being an action (completion, moving a row).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// A key that is not an action's: what it does, and where.
    struct Key
    {
        QString what;
        QKeySequence keys;
    };

    ShortcutsDialog(const QList<QAction *> &actions, const QList<Key> &editorKeys,
                    QWidget *parent = nullptr);
};
