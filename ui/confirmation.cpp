// SPDX-License-Identifier: MIT
#include "confirmation.h"

bool Confirmation::ask(QWidget *parent) const
{
    QMessageBox box(icon, title, text, confirm | QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.setInformativeText(informativeText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == confirm;
}
