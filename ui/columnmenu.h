// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QTableView;

/// A table header's menu: one checkable entry per column from `firstOptional` on, which shows
/// or hides that column. It deletes itself once closed.
class ColumnMenu : public QMenu
{
    Q_OBJECT

public:
    ColumnMenu(QTableView *table, int firstOptional, QWidget *parent = nullptr);
};
