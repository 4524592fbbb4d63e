// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

/// The window's own colours beyond the palette's roles (errors, warnings, the SQL highlighting,
/// banners), each in a light and a dark variant chosen by the palette they are drawn on.
namespace ThemeColours {

QColor error(const QPalette &palette);
QColor warning(const QPalette &palette);
QColor sqlString(const QPalette &palette);
QColor sqlNumber(const QPalette &palette);
QColor sqlKeyword(const QPalette &palette);
QColor bannerBackground(const QPalette &palette);
QColor bannerBorder(const QPalette &palette);
/// "color: …" for a label that reports a problem.
QString errorStyleSheet(const QPalette &palette);

} // namespace ThemeColours
