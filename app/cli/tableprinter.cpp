// SPDX-License-Identifier: MIT
#include "tableprinter.h"

#include "clitext.h"

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
{ }

void TablePrinter::addRow(QStringList cells)
{
    // Server text may hold line breaks or terminal escapes; a table row stays one line of text.
    for (QString &cell : cells)
        cell = CliText::visible(cell);
    m_rows.append(std::move(cells));
}

QString TablePrinter::toString() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool last = i + 1 == cells.size();
            out += last ? cells[i] : cells[i].leftJustified(widths[i] + 2);
        }
        return out + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
