// SPDX-License-Identifier: MIT
// segmentdesk: the desktop app. Opens on the embedded sandbox unless --base-url names a
// SendGrid-compatible server (key from SENDGRID_API_KEY until profiles exist).
#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "sandbox/sandbox.h"
#include "segmentlistpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace {

// --screenshot: load the list, open the first segment, render the window, quit.
void takeScreenshot(MainWindow &window, const QString &file)
{
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SegmentDesk"));
    QApplication::setApplicationName(QStringLiteral("SegmentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Edit SendGrid Marketing Campaigns segments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{"base-url", "SendGrid-compatible server (key from SENDGRID_API_KEY).", "URL"},
         {"screenshot", "Render the window with the first segment to FILE and exit.", "FILE"},
         {"sandbox-contacts", "Contacts in a new sandbox.", "N", "10000"}});
    parser.process(app);

    DraftStore drafts;
    if (const VoidResult opened = drafts.open(dataPath(QStringLiteral("drafts.sqlite")));
        !opened.isOk())
        fprintf(stderr, "segmentdesk: %s\n", qPrintable(opened.error()));
    SendGridClient client;
    const bool sandboxed = !parser.isSet("base-url");
    MainWindow window(&client, &drafts,
                      sandboxed ? QObject::tr("Sandbox") : parser.value("base-url"));
    if (parser.isSet("screenshot"))
        takeScreenshot(window, parser.value("screenshot"));
    window.show();

    SandboxOptions options;
    options.dataDir = dataPath(QStringLiteral("sandbox"));
    options.contacts = parser.value("sandbox-contacts").toInt();
    Sandbox sandbox(options);
    if (!sandboxed) {
        if (const VoidResult url = client.setBaseUrl(QUrl(parser.value("base-url"))); !url.isOk()) {
            QMessageBox::critical(&window, QObject::tr("Cannot use this server"), url.error());
            return 2;
        }
        if (const VoidResult key = client.setApiKey(qEnvironmentVariable("SENDGRID_API_KEY"));
            !key.isOk()) {
            QMessageBox::critical(&window, QObject::tr("Cannot use this API key"), key.error());
            return 2;
        }
        window.reload();
    } else {
        window.segmentList()->showLoading();
        QObject::connect(&sandbox, &Sandbox::started, &window, [&] {
            const VoidResult url = client.setBaseUrl(sandbox.baseUrl());
            const VoidResult key = client.setApiKey(SandboxOptions::defaultApiKey());
            if (!url.isOk() || !key.isOk())
                return window.segmentList()->showError(
                    QObject::tr("The sandbox cannot be used: %1")
                        .arg(url.isOk() ? key.error() : url.error()));
            window.reload();
        });
        QObject::connect(&sandbox, &Sandbox::failed, &window, [&](const QString &problem) {
            window.segmentList()->showError(
                QObject::tr("The sandbox did not start: %1").arg(problem));
        });
        sandbox.start();
    }
    return app.exec();
}
