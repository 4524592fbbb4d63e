// SPDX-License-Identifier: MIT
#include "appearance.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Appearance {

std::optional<Mode> parse(const QString &text)
{
    if (text == u"light")
        return Mode::Light;
    if (text == u"dark")
        return Mode::Dark;
    if (text == u"system")
        return Mode::System;
    return std::nullopt;
}

namespace {

/// GNOME 42 and later: org.gnome.desktop.interface color-scheme is 'prefer-dark' or not. Read
/// once at start, before the window exists; gsettings answers in a few milliseconds.
bool gnomePrefersDark()
{
    // Outside a desktop session (ssh, CI, offscreen) there is no setting to follow.
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty() || qEnvironmentVariableIsEmpty("XDG_CURRENT_DESKTOP"))
        return false;
    QProcess process;
    process.start(gsettings,
                  {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                   QStringLiteral("color-scheme")});
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.readAllStandardOutput().contains("prefer-dark");
}

} // namespace

bool systemPrefersDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return gtkTheme.endsWith(QStringLiteral(":dark"), Qt::CaseInsensitive);
    if (isDark(QGuiApplication::palette()))
        return true;
    return gnomePrefersDark();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QPalette light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette dark()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x80, 0x80);
    QPalette p(window);
    for (const auto &[role, colour] :
         std::initializer_list<std::pair<QPalette::ColorRole, QColor>> {
             {QPalette::Window, window},
             {QPalette::WindowText, text},
             {QPalette::Base, base},
             {QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b)},
             {QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41)},
             {QPalette::ToolTipText, text},
             {QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a)},
             {QPalette::Text, text},
             {QPalette::Button, QColor(0x37, 0x39, 0x3c)},
             {QPalette::ButtonText, text},
             {QPalette::BrightText, QColor(0xff, 0x6b, 0x6b)},
             {QPalette::Light, QColor(0x4a, 0x4d, 0x50)},
             {QPalette::Midlight, QColor(0x3e, 0x41, 0x44)},
             {QPalette::Mid, QColor(0x6a, 0x6d, 0x70)},
             {QPalette::Dark, QColor(0x18, 0x19, 0x1b)},
             {QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d)},
             {QPalette::Highlight, QColor(0x2d, 0x65, 0xb5)},
             {QPalette::HighlightedText, Qt::white},
             {QPalette::Link, QColor(0x7a, 0xb4, 0xff)},
             {QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff)}})
        p.setColor(role, colour);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, dimmed);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void apply(Mode mode)
{
    const bool darkWanted = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    // The platform theme's palette is read above, before Fusion replaces it.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkWanted ? dark() : light());
}

} // namespace Appearance
