// SPDX-License-Identifier: MIT
// segmentdesk: the desktop app. Opens the profile used last (the sample data on the embedded
// sandbox at first), or, with --base-url, one server for this run (key from SENDGRID_API_KEY).
#include "api/sendgridclient.h"
#include "appearance.h"
#include "icons.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "local/localpaths.h"
#include "mainwindow.h"
#include "profiles/accountconnector.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "sandbox/sampledata.h"
#include "segmentlistpanel.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <string_view>

namespace {

/// --version is answered before QApplication exists: that needs a display, which a terminal over
/// ssh or a packaging script does not have. QCommandLineParser still lists the option in --help.
bool printVersionIfAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            return false;
        if (arg == "--version" || arg == "-v") {
            std::fputs("segmentdesk " SEGMENTDESK_VERSION "\n", stdout);
            return true;
        }
    }
    return false;
}

// --screenshot: load the list, open the first segment, render the window at the size of a
// laptop's screen (scripts/screenshot makes the README's picture with it), quit.
void takeScreenshot(MainWindow &window, const QString &file)
{
    window.resize(1280, 800);
    QObject::connect(&window, &MainWindow::segmentLoaded, &window, [&window, file] {
        // One more turn of the event loop so the layout settles before rendering.
        QTimer::singleShot(100, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "screenshot:" : "cannot write",
                    qPrintable(QDir(file).absolutePath()));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    QTimer::singleShot(60000, &window, [] {
        fprintf(stderr, "segmentdesk: no segment was shown within 60 s\n");
        QCoreApplication::exit(1);
    });
}

QString dataPath(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

/// --base-url: one server for this run, outside the stored profiles (scripts, benchmarks). Its
/// drafts are kept under an id derived from the URL, so they are offered again next time.
int runDirect(QApplication &app, MainWindow &window, AccountConnector &connector,
              const QString &url)
{
    Profile direct;
    direct.id = QUuid::createUuidV5(Profile::sandboxId(), url);
    direct.name = url;
    direct.region = Profile::Region::Custom;
    direct.customUrl = QUrl(url);
    if (const VoidResult valid = direct.validate(); !valid.isOk()) {
        QMessageBox::critical(&window, QObject::tr("Cannot use this server"), valid.error());
        return 2;
    }
    connector.connectWithSessionKey(direct, qEnvironmentVariable("SENDGRID_API_KEY"));
    return app.exec();
}

/// The profile to open at start: the one used last, else the sample data.
Profile initialProfile(const ProfileStore &profiles)
{
    const Result<QList<Profile>> all = profiles.profiles();
    Profile chosen = Profile::sandbox();
    if (!all.isOk())
        return chosen;
    for (const Profile &p : all.value()) {
        if (p.lastUsed.isValid() && (!chosen.lastUsed.isValid() || p.lastUsed > chosen.lastUsed))
            chosen = p;
    }
    return chosen;
}

/// First start: nothing but the sample data, never opened.
bool isFirstStart(const ProfileStore &profiles)
{
    const Result<QList<Profile>> all = profiles.profiles();
    return all.isOk() && all.value().size() == 1 && !all.value().first().lastUsed.isValid();
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Edit SendGrid Marketing Campaigns segments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{"base-url", "SendGrid-compatible server for this run only (key from SENDGRID_API_KEY).",
          "URL"},
         {"screenshot", "Render the window (1280x800) with the first segment to FILE and exit.",
          "FILE"},
         {"sandbox-contacts", "Contacts in a new sandbox.", "N", "10000"},
         {"appearance", "light, dark, or system (the default: as the desktop is set).", "MODE",
          "system"},
         {"lang", "Language of the window, e.g. de or en (default: the system's).", "LANG"}});
}

/// Appearance and language as asked, the icon and the desktop entry; false when the
/// appearance asked for is not one.
bool applyLook(const QCommandLineParser &parser)
{
    const std::optional<Appearance::Mode> appearance
        = Appearance::parse(parser.value("appearance"));
    if (!appearance) {
        fprintf(stderr, "segmentdesk: --appearance is light, dark or system\n");
        return false;
    }
    Appearance::apply(*appearance);
    Translations::install(parser.value("lang"));
    QApplication::setWindowIcon(Icons::application());
    // Wayland compositors find the window's icon and name through the desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("segmentdesk"));
    return true;
}

/// The sample-data sandbox starts; the profile used last opens once it runs (then the sample
/// data again after a reset).
int runWithSampleData(QApplication &app, MainWindow &window, AccountConnector &connector,
                      const ProfileStore &profiles, const QCommandLineParser &parser)
{
    SandboxOptions options;
    options.dataDir = dataPath(QStringLiteral("sandbox"));
    options.contacts = parser.value("sandbox-contacts").toInt();
    SampleData sampleData(options);
    window.segmentList()->showLoading();
    if (isFirstStart(profiles) && !parser.isSet("screenshot"))
        window.showWelcome(qEnvironmentVariable("SENDGRID_API_KEY"));
    QUuid next = initialProfile(profiles).id; // then the sample data again after a reset
    QObject::connect(&sampleData, &SampleData::ready, &window, [&](const QUrl &url) {
        connector.setSandbox(url, SampleData::apiKey());
        window.openProfile(std::exchange(next, Profile::sandboxId()));
    });
    QObject::connect(&sampleData, &SampleData::failed, &window, [&](const QString &problem) {
        window.segmentList()->showError(
            QObject::tr("The sample-data sandbox did not start: %1").arg(problem));
    });
    QObject::connect(&window, &MainWindow::resetSampleDataRequested, &sampleData,
                     &SampleData::reset);
    sampleData.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (printVersionIfAsked(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SegmentDesk"));
    QApplication::setApplicationName(QStringLiteral("SegmentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTDESK_VERSION));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    if (!applyLook(parser))
        return 2;

    Settings settings(Settings::defaultFilePath());
    ProfileStore profiles(&settings);
    KeychainSecretStore secrets;
    SendGridClient client;
    AccountConnector connector(&client, &secrets);
    DraftStore drafts;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    HistoryStore history;
    const VoidResult historyOpened = history.open(LocalPaths::historyFile());
    if (!historyOpened.isOk())
        fprintf(stderr, "segmentdesk: %s\n", qPrintable(historyOpened.error()));
    MainWindow window(&client, &drafts,
                      {&settings, &profiles, &secrets, &connector, dataDir,
                       historyOpened.isOk() ? &history : nullptr});
    if (parser.isSet("screenshot"))
        takeScreenshot(window, parser.value("screenshot"));
    window.show();
    if (parser.isSet("base-url"))
        return runDirect(app, window, connector, parser.value("base-url"));

    return runWithSampleData(app, window, connector, profiles, parser);
}
