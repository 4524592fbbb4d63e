// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// The dialect's words in one place, for the parser, the formatter and the editor.
namespace SqlKeywords {

/// Never a bare name: the parser ends a name or alias at these (SELECT, FROM, AND, …).
bool isReserved(QStringView word);
/// Written as a name, these need backticks: the reserved words, and INTERVAL and TIMESTAMP,
/// which start literals.
bool needsQuotes(QStringView word);
/// The unit of `INTERVAL n unit` (second … year, singular or plural) as its lower-case
/// singular, or empty when `word` is none.
QStringView intervalUnit(QStringView word);
/// Every keyword in upper case, sorted, for completion: the above and the interval units.
QList<QStringView> words();
/// Everything the editor colours as a keyword: the above and the interval units.
bool isKeyword(QStringView word);

} // namespace SqlKeywords
