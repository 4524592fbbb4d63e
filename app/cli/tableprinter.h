// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

/// A plain-text table with aligned columns, for terminal output.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList headers);
    void addRow(QStringList cells);
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
