// SPDX-License-Identifier: MIT
// Light and dark: the two palettes, the icon set drawn in the palette's ink at 1× and 2×, the
// window's own colours readable on both, and screenshots of the real program in each.
#include "appearance.h"
#include "buildergroupwidget.h"
#include "icons.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"
#include "themecolours.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

double luminance(QColor c)
{
    const auto channel = [](double v) {
        v /= 255;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

/// WCAG contrast ratio, 1 to 21.
double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Mean luminance (0–1) of the image, every 4th pixel.
double meanLuminance(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4, ++n)
            sum += luminance(image.pixelColor(x, y));
    }
    return n ? sum / n : 0;
}

/// Mean lightness of the opaque pixels: the ink an icon is drawn in.
int inkLightness(const QImage &image)
{
    qint64 sum = 0, n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++n;
            }
        }
    }
    return n ? int(sum / n) : -1;
}

/// The mean colour inside `image`'s border: a button's fill, with its text.
QColor fill(const QImage &image)
{
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = 2; y < image.height() - 2; ++y) {
        for (int x = 2; x < image.width() - 2; ++x, ++n) {
            const QColor c = image.pixelColor(x, y);
            r += c.red();
            g += c.green();
            b += c.blue();
        }
    }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

QStringList actionIconNames()
{
    QStringList names = QDir(QStringLiteral(":/icons/actions")).entryList({"*.svg"});
    for (QString &name : names)
        name.chop(4);
    return names;
}

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void palettesAreLightAndDark();
    void ownColoursAreReadableOnBothPalettes();
    void iconsAreDrawnInThePalettesInk();
    void iconsAreDrawnAtTheDevicePixelRatio();
    void everyMenuActionHasAnIcon();
    void screenshotsDifferInBackgroundLuminance();
    void chosenJunctionStandsOut_data();
    void chosenJunctionStandsOut();
    void cleanup();
};

void tst_Appearance::cleanup()
{
    QApplication::setPalette(Appearance::light());
}

void tst_Appearance::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode"); // -1: refused
    QTest::newRow("light") << "light" << int(Appearance::Mode::Light);
    QTest::newRow("dark") << "dark" << int(Appearance::Mode::Dark);
    QTest::newRow("system") << "system" << int(Appearance::Mode::System);
    QTest::newRow("capitalised") << "Dark" << -1;
    QTest::newRow("empty") << "" << -1;
}

void tst_Appearance::parse()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const std::optional<Appearance::Mode> parsed = Appearance::parse(text);
    QCOMPARE(parsed ? int(*parsed) : -1, mode);
}

void tst_Appearance::palettesAreLightAndDark()
{
    QVERIFY(!Appearance::isDark(Appearance::light()));
    QVERIFY(Appearance::isDark(Appearance::dark()));
    const QPalette dark = Appearance::dark();
    for (const auto &[text, background] : {std::pair {QPalette::WindowText, QPalette::Window},
                                           {QPalette::Text, QPalette::Base},
                                           {QPalette::ButtonText, QPalette::Button},
                                           {QPalette::HighlightedText, QPalette::Highlight}})
        QVERIFY2(contrast(dark.color(text), dark.color(background)) >= 4.5,
                 qPrintable(QString::number(int(text))));
}

void tst_Appearance::ownColoursAreReadableOnBothPalettes()
{
    for (const QPalette &palette : {Appearance::light(), Appearance::dark()}) {
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        for (const QColor &c :
             {ThemeColours::error(palette), ThemeColours::sqlString(palette),
              ThemeColours::sqlNumber(palette), ThemeColours::sqlKeyword(palette)}) {
            QVERIFY2(contrast(c, base) >= 4.5, qPrintable(c.name() + u' ' + base.name()));
            QVERIFY2(contrast(c, window) >= 4.5, qPrintable(c.name() + u' ' + window.name()));
        }
        QVERIFY(
            contrast(palette.color(QPalette::WindowText), ThemeColours::bannerBackground(palette))
            >= 4.5);
    }
}

void tst_Appearance::iconsAreDrawnInThePalettesInk()
{
    const QStringList names = actionIconNames();
    QVERIFY(names.size() >= 12);
    for (const QString &name : names) {
        QApplication::setPalette(Appearance::light());
        const QIcon icon = Icons::action(name.toLatin1().constData());
        const int onLight = inkLightness(icon.pixmap(16, 16).toImage());
        QApplication::setPalette(Appearance::dark());
        const int onDark = inkLightness(icon.pixmap(16, 16).toImage());
        QVERIFY2(onLight >= 0 && onLight < 100, qPrintable(name)); // dark ink, something drawn
        QVERIFY2(onDark > 150, qPrintable(name)); // light ink on the dark palette
    }
}

void tst_Appearance::iconsAreDrawnAtTheDevicePixelRatio()
{
    // At 2× the icon is drawn on 32 device pixels: lines two pixels wide, not a blurred 16.
    const QIcon icon = Icons::action("cancel");
    const QPixmap twice = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(twice.size(), QSize(32, 32));
    QCOMPARE(twice.devicePixelRatio(), 2.0);
    const QImage image = twice.toImage();
    int opaque = 0;
    for (int x = 0; x < 32; ++x)
        opaque += image.pixelColor(x, 16).alpha() == 255 ? 1 : 0;
    QVERIFY2(opaque >= 4, qPrintable(QString::number(opaque))); // the circle's two sides, crisp
    QVERIFY(!Icons::application().pixmap(QSize(64, 64), 2.0).isNull());
}

void tst_Appearance::everyMenuActionHasAnIcon()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    WindowHarness harness(sandbox);
    QVERIFY(harness.open());
    QStringList bare;
    for (const QAction *top : harness.window()->menuBar()->actions()) {
        for (const QAction *a : top->menu()->actions()) {
            if (!a->isSeparator() && a->icon().isNull())
                bare << a->text();
        }
    }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u", ")));
}

void tst_Appearance::screenshotsDifferInBackgroundLuminance()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QHash<QString, double> mean;
    for (const QString mode : {"light", "dark"}) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home.path());
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        env.insert("XDG_CONFIG_HOME", home.filePath("config"));
        env.insert("QT_QPA_PLATFORM", "offscreen");
        app.setProcessEnvironment(env);
        const QString file = home.filePath(mode + ".png");
        app.start(QStringLiteral(SEGMENTDESK_PATH),
                  {"--appearance", mode, "--sandbox-contacts", "500", "--screenshot", file});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QImage shot(file);
        QVERIFY(!shot.isNull());
        mean[mode] = meanLuminance(shot);
        QVERIFY(Screenshots::keep(shot, "appearance-" + mode + ".png"));
    }
    QVERIFY2(mean["light"] > 0.6 && mean["dark"] < 0.15,
             qPrintable(QStringLiteral("light %1, dark %2").arg(mean["light"]).arg(mean["dark"])));
}

void tst_Appearance::chosenJunctionStandsOut_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// #19 §5: in dark mode the chosen one of ALL (AND) and ANY (OR) looked like the other.
void tst_Appearance::chosenJunctionStandsOut()
{
    QFETCH(bool, dark);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? Appearance::dark() : Appearance::light());
    BuilderGroupWidget group(true);
    group.show();
    QVERIFY(QTest::qWaitForWindowExposed(&group));
    auto *all = group.findChild<QToolButton *>("and");
    auto *any = group.findChild<QToolButton *>("or");
    QVERIFY(all->isChecked() && !any->isChecked());
    QVERIFY(
        Screenshots::keep(&group, QStringLiteral("junction-%1.png").arg(QTest::currentDataTag())));
    // As on the screen: the group's background under each button.
    const QColor chosen = fill(group.grab(all->geometry()).toImage());
    const QColor other = fill(group.grab(any->geometry()).toImage());
    const double ratio = contrast(chosen, other);
    qInfo("chosen %s, other %s: contrast %.2f", qPrintable(chosen.name()), qPrintable(other.name()),
          ratio);
    QVERIFY2(ratio >= 1.8, qPrintable(QString::number(ratio)));
}

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
