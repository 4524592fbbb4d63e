// SPDX-License-Identifier: MIT
#include "themecolours.h"

#include "appearance.h"

namespace ThemeColours {

namespace {

// The dark variants are lighter and less saturated: the same hue stays readable (contrast
// above 4.5:1) on the dark palette's base.
QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(Appearance::isDark(palette) ? dark : light);
}

} // namespace

QColor error(const QPalette &palette)
{
    return pick(palette, 0xb00020, 0xff8a80);
}

QColor warning(const QPalette &palette)
{
    return pick(palette, 0xd08a00, 0xffc04d);
}

QColor sqlString(const QPalette &palette)
{
    return pick(palette, 0x0a7a3d, 0x7fd69a);
}

QColor sqlNumber(const QPalette &palette)
{
    return pick(palette, 0x9a4d00, 0xf0a860);
}

QColor sqlKeyword(const QPalette &palette)
{
    return pick(palette, 0x1f4eb4, 0x8ab4ff);
}

QColor bannerBackground(const QPalette &palette)
{
    return pick(palette, 0xfff4ce, 0x4a3f12);
}

QColor bannerBorder(const QPalette &palette)
{
    return pick(palette, 0xc8a600, 0x9c8420);
}

QString errorStyleSheet(const QPalette &palette)
{
    return QStringLiteral("color: %1").arg(error(palette).name());
}

} // namespace ThemeColours
