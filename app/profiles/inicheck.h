// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// Finds the lines of an INI file that QSettings cannot read as written: it reports only some
/// of them (FormatError), and reads others wrongly without a word: an open quote swallows the
/// next line, "[]" moves the keys below it out of their section. A file with such a line is
/// never written over, or the keys QSettings misread would be stored misplaced or lost.
namespace IniCheck {

/// "line N: what is wrong" for the first line that cannot be read, or empty.
QString firstProblem(const QByteArray &content);

} // namespace IniCheck
