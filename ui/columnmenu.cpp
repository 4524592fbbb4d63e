// SPDX-License-Identifier: MIT
#include "columnmenu.h"

#include <QTableView>

ColumnMenu::ColumnMenu(QTableView *table, int firstOptional, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("columnMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QAbstractItemModel *model = table->model();
    for (int column = firstOptional; column < model->columnCount(); ++column) {
        QAction *shown = addAction(model->headerData(column, Qt::Horizontal).toString());
        shown->setCheckable(true);
        shown->setChecked(!table->isColumnHidden(column));
        connect(shown, &QAction::toggled, table,
                [table, column](bool on) { table->setColumnHidden(column, !on); });
    }
}
