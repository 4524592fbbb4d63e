// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLineEdit;

/// Esc in a line edit with text clears it. A window-wide Esc shortcut (MainWindow's Cancel)
/// would take the key first, so the field claims it in ShortcutOverride; with the field empty,
/// Esc goes on to the shortcut as before.
class ClearOnEscape : public QObject
{
    Q_OBJECT

public:
    /// Watches `field` and lives as long as it does.
    explicit ClearOnEscape(QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
};
