// SPDX-License-Identifier: MIT
// The German translation is complete for the sources as they are now (lupdate runs on them, so a
// new string without German fails here), English shows proper plurals, and --lang de gives a
// German window.
#include "segmenteditorpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"
#include "translations.h"

#include <QDir>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// Runs lupdate over the sources the build translates into a copy of `tsFile`; returns the
/// copy's path, empty (with a warning) when lupdate failed.
QString updatedCopy(const QString &tsFile, const QTemporaryDir &dir, const QStringList &options)
{
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QFile::remove(copy);
    if (!QFile::copy(tsFile, copy))
        return {};
    QProcess lupdate;
    lupdate.start(QStringLiteral(SEGMENTDESK_LUPDATE),
                  options
                      + QStringList {"-no-obsolete", "-locations", "none",
                                     "@" SEGMENTDESK_TRANSLATED_SOURCES, "-ts", copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
        return {};
    }
    return copy;
}

/// The source texts whose translation is missing, unfinished or has an empty plural form.
QStringList untranslated(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsFile};
    QStringList missing;
    QString source;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing << source;
        } else if (xml.name() == u"numerusform" && xml.readElementText().isEmpty()) {
            missing << source;
        }
    }
    return missing;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanCoversEveryString();
    void englishHasEveryPluralForm();
    void languageIsChosen_data();
    void languageIsChosen();
    void germanWindow();
};

void tst_Translations::germanCoversEveryString()
{
    QTemporaryDir dir;
    const QString updated
        = updatedCopy(QStringLiteral(SEGMENTDESK_TS_DIR "/segmentdesk_de.ts"), dir, {});
    QVERIFY(!updated.isEmpty());
    const QStringList missing = untranslated(updated);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings without German (build the target "
                                       "update_translations, then translate): %2")
                            .arg(missing.size())
                            .arg(missing.join(QStringLiteral(" | ")))));
}

void tst_Translations::englishHasEveryPluralForm()
{
    QTemporaryDir dir;
    const QString updated = updatedCopy(QStringLiteral(SEGMENTDESK_TS_DIR "/segmentdesk_en.ts"),
                                        dir, {QStringLiteral("-pluralonly")});
    QVERIFY(!updated.isEmpty());
    const QStringList missing = untranslated(updated);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
}

void tst_Translations::languageIsChosen_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("used");
    QTest::newRow("German") << "de"
                            << "de";
    QTest::newRow("Austrian German") << "de_AT"
                                     << "de";
    QTest::newRow("English") << "en"
                             << "en";
    QTest::newRow("no translation: English") << "fr"
                                             << "en";
}

void tst_Translations::languageIsChosen()
{
    QFETCH(QString, asked);
    QFETCH(QString, used);
    QCOMPARE(Translations::install(asked), used);
}

void tst_Translations::germanWindow()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    WindowHarness harness(sandbox);
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY(harness.open());
    MainWindow *window = harness.window();
    QStringList menus;
    for (const QAction *menu : window->menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList {"&Segment", "&Bearbeiten", "&Ansicht", "&Hilfe"}));
    QCOMPARE(window->findChild<QPushButton *>("format")->text(), QStringLiteral("&Formatieren"));
    // The plural form of "%Ln segment(s)", and the number written as German writes it.
    QTRY_VERIFY2(window->statusMessage().endsWith(QStringLiteral(" Segmente")),
                 qPrintable(window->statusMessage()));
    QCOMPARE(QLocale().toString(10000), QStringLiteral("10.000"));
    QVERIFY(!window->grab().isNull());
    QVERIFY(Screenshots::keep(window, QStringLiteral("german.png")));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
