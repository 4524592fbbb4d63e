// SPDX-License-Identifier: MIT
#include "confirmation.h"

void Confirmation::ask(QWidget *parent, std::function<void()> confirmed,
                       std::function<void()> declined) const
{
    auto *box = new QMessageBox(icon, title, text, confirm | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(objectName);
    box->setInformativeText(informativeText);
    box->setDefaultButton(QMessageBox::Cancel);
    const QMessageBox::StandardButton yes = confirm;
    QObject::connect(box, &QDialog::finished, box, [box, yes, confirmed, declined] {
        if (box->standardButton(box->clickedButton()) == yes)
            confirmed();
        else if (declined)
            declined();
    });
    box->open();
}
