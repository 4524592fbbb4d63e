// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

/// A question before something that cannot be taken back: the safe answer (Cancel) is the
/// default, so Enter never confirms by accident; tests find it by `objectName`.
struct Confirmation
{
    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButton confirm = QMessageBox::Yes;
    QMessageBox::Icon icon = QMessageBox::Warning;

    /// True when the person chose `confirm`.
    bool ask(QWidget *parent) const;
};
