// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// CSV as every export writes it (RFC 4180 quoting, '\n' between rows), safe to open in a
/// spreadsheet: contact data comes from anyone who fills in a sign-up form.
namespace Csv {

/// One field: a formula start (=, +, -, @, or a tab or carriage return first, also after
/// leading whitespace: OWASP's CSV injection rules) gets a leading ' so it stays text; a field
/// holding a separator, quote, tab, CR or LF is quoted, so it can never start a row or cell.
QString field(QString text);
/// One row of fields, without its line break.
QString row(const QStringList &fields);

} // namespace Csv
