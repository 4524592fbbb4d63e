// SPDX-License-Identifier: MIT
// segmentdesk-sandbox: the SendGrid emulator on 127.0.0.1, for the CLI, scripts and tests.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the SendGrid Marketing Campaigns endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {"port", "Port on 127.0.0.1 (0: any free port).", "N", "0"},
        {"print-port", "Print the port alone on the first line once serving."},
        {"data", "Keep the SQLite store in DIR (default: a temporary folder, removed on exit).",
         "DIR"},
        {"contacts", "Contacts to generate in a new store.", "N", "10000"},
        {"seed", "Seed of the generated data.", "S", "1"},
        {"api-key", "An accepted sandbox key (repeatable; default: the built-in sandbox key).",
         "KEY"},
        {"read-only-api-key", "An accepted key with read scopes only: writes get 403 (repeatable).",
         "KEY"},
        {"time-scale", "Make validation and sample schedules X times faster.", "X", "1"},
        {"plan", "free or paid (free refuses manual refresh).", "PLAN", "paid"},
        {"faults", "Serve /__sandbox/faults to inject failures."},
        {"rate-limit", "Requests per minute per endpoint and key (0: unlimited).", "N", "600"},
        {"deadline",
         "Seconds one evaluation may run (a search then answers 408; a count that cannot finish "
         "makes its segment INVALID), as SendGrid's 20 s.",
         "S", "20"},
    });
}

/// --contacts, --seed, --time-scale and --rate-limit as numbers; false when one is not.
bool readCounts(const QCommandLineParser &parser, SandboxOptions &o)
{
    bool ok = true;
    if (parser.isSet("contacts"))
        o.contacts = parser.value("contacts").toInt(&ok);
    if (ok && parser.isSet("seed"))
        o.seed = parser.value("seed").toUInt(&ok);
    if (ok && parser.isSet("time-scale"))
        o.timeScale = parser.value("time-scale").toDouble(&ok);
    if (ok && parser.isSet("rate-limit"))
        o.rateLimitPerMinute = parser.value("rate-limit").toInt(&ok);
    return ok;
}

std::optional<SandboxOptions> parseOptions(QCommandLineParser &parser, QString *problem)
{
    SandboxOptions o;
    bool ok = true;
    // Parsed wide and checked: a cast to quint16 would turn 70000 into 4464.
    const uint port = parser.isSet("port") ? parser.value("port").toUInt(&ok) : 0;
    if (!ok || port > 65535) {
        *problem = QStringLiteral("--port takes 0 to 65535 (0: any free port), not \"%1\".")
                       .arg(parser.value("port"));
        return std::nullopt;
    }
    o.port = quint16(port);
    ok = readCounts(parser, o);
    double deadline = 20;
    if (ok && parser.isSet("deadline"))
        deadline = parser.value("deadline").toDouble(&ok);
    const QString plan = parser.value("plan");
    // A day at most: longer is a mistake, and milliseconds of more would overflow nothing but
    // would hold an evaluation thread for as long.
    if (!ok || o.contacts < 0 || o.timeScale <= 0 || o.rateLimitPerMinute < 0
        || !(deadline > 0 && deadline <= 86400) || (plan != u"free" && plan != u"paid")) {
        *problem = QStringLiteral("Check --port, --contacts, --seed, --time-scale (> 0), "
                                  "--rate-limit (>= 0), --deadline (0 to 86400 s) and --plan "
                                  "(free or paid).");
        return std::nullopt;
    }
    o.evaluationDeadline = std::chrono::milliseconds(qint64(deadline * 1000));
    o.plan = plan == u"free" ? SandboxOptions::Plan::Free : SandboxOptions::Plan::Paid;
    o.dataDir = parser.value("data");
    o.apiKeys = parser.values("api-key");
    o.readOnlyApiKeys = parser.values("read-only-api-key");
    o.faults = parser.isSet("faults");
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTDESK_VERSION));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    QString problem;
    const auto options = parseOptions(parser, &problem);
    if (!options) {
        err << "segmentdesk-sandbox: " << problem << Qt::endl;
        return 2;
    }
    SandboxServer server(*options);
    if (const VoidResult started = server.start(); !started.isOk()) {
        err << "segmentdesk-sandbox: " << started.error() << Qt::endl;
        return 1;
    }
    if (parser.isSet("print-port"))
        out << server.port() << Qt::endl;
    else
        out << "SendGrid sandbox serving on http://127.0.0.1:" << server.port() << Qt::endl;
    return app.exec();
}
