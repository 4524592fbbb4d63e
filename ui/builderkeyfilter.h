// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

/// The builder's keys on every widget of its rows: Ctrl+Up and Ctrl+Down move the row the
/// focus is in, Delete removes it (unless the focus is in a text field, where Delete edits),
/// and Undo/Redo go to the one history the builder shares with the SQL view instead of the
/// focused field's own.
class BuilderKeyFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void requested(const BuilderEdit &edit);
    void undoRequested();
    void redoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What the key asks for, if it is one of the builder's.
    enum class Key { None, Up, Down, Delete, Undo, Redo };
    static Key keyOf(QObject *watched, const QKeyEvent *event);
};
