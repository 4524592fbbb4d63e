// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

/// Light or dark: the Fusion style with a palette of our own in either case, so the window looks
/// the same on every desktop; which one follows the system unless --appearance says otherwise.
namespace Appearance {

enum class Mode { System, Light, Dark };

/// "light", "dark" or "system"; anything else is no mode.
std::optional<Mode> parse(const QString &text);
/// What the desktop asks for. Qt 6.4 has no QStyleHints::colorScheme, so this reads, in order:
/// GTK_THEME ("Adwaita:dark"), the palette of the platform theme (KDE, qt6ct), then GNOME's
/// color-scheme setting through gsettings.
bool systemPrefersDark();
/// Sets Fusion and the light or dark palette on the application (System: systemPrefersDark()).
void apply(Mode mode);
QPalette light();
QPalette dark();
/// Whether `palette` draws light text on a dark window.
bool isDark(const QPalette &palette);

} // namespace Appearance
