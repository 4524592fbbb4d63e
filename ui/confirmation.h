// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

#include <functional>

/// A question before something that cannot be taken back: the safe answer (Cancel) is the
/// default, so Enter never confirms by accident; tests find it by `objectName`. It opens
/// window-modal without a nested event loop: the answer arrives in the callbacks.
struct Confirmation
{
    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButton confirm = QMessageBox::Yes;
    QMessageBox::Icon icon = QMessageBox::Warning;

    /// `confirmed` runs when the person chooses `confirm`, `declined` (if any) otherwise.
    void ask(QWidget *parent, std::function<void()> confirmed,
             std::function<void()> declined = {}) const;
};
