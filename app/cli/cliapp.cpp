// SPDX-License-Identifier: MIT
#include "cliapp.h"

#include "clibuilder.h"
#include "clicompletion.h"
#include "clihistory.h"
#include "cliinput.h"
#include "clilint.h"
#include "clioutput.h"
#include "clitext.h"

#include "api/sendgridclient.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>

namespace {

constexpr int MaxTimeoutSeconds = 3600;

const char *Notes = R"(
With --profile NAME a command uses that profile's server and its key from the system keychain.
Without it, the API key comes from SENDGRID_API_KEY or, with --api-key-stdin, from the first
line of standard input. A key is never accepted as an argument.
Server text (names, messages) is printed with control characters shown as escapes (\x1b,
\n, ...); --json prints SendGrid's JSON, with every control character escaped as JSON does.
Exit codes: 0 ok, 1 lint found errors (builder: the SQL or JSON cannot be read), 2 usage,
3 API error, 4 network error, 5 keychain error (no key stored, keychain locked or
unavailable), 6 preview: a query has no contacts-search equivalent (engagement conditions,
sub-selects); the reason is printed.)";

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{
    setUpParser();
}

CliApp::~CliApp() = default;

void CliApp::setUpParser()
{
    m_parser.setApplicationDescription(QStringLiteral("Edit SendGrid Marketing Campaigns segments "
                                                      "from the command line.\n\n")
                                       + CliCommand::helpText(commands())
                                       + QString::fromUtf8(Notes));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(options());
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
}

const QList<QCommandLineOption> &CliApp::options()
{
    static const QList<QCommandLineOption> all {
        {QStringLiteral("base-url"), QStringLiteral("SendGrid-compatible server."),
         QStringLiteral("URL"), QString::fromLatin1(SendGridClient::DefaultBaseUrl)},
        {QStringLiteral("json"), QStringLiteral("Print SendGrid's JSON.")},
        {QStringLiteral("api-key-stdin"), QStringLiteral("Read the API key from stdin.")},
        {QStringLiteral("name"), QStringLiteral("Segment name."), QStringLiteral("N")},
        {QStringLiteral("query-file"), QStringLiteral("File with the SQL query, - for stdin."),
         QStringLiteral("F")},
        {QStringLiteral("parent-list"), QStringLiteral("Parent list id."), QStringLiteral("ID")},
        {QStringLiteral("segment"), QStringLiteral("preview: compare with this segment."),
         QStringLiteral("ID")},
        {QStringLiteral("yes"), QStringLiteral("Do not ask before deleting.")},
        {QStringLiteral("time-zone"), QStringLiteral("IANA zone for refresh quotas."),
         QStringLiteral("ZONE")},
        {QStringLiteral("fields"), QStringLiteral("lint, builder: field definitions JSON."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"), QStringLiteral("lint: print the formatted query.")},
        {QStringLiteral("to-sql"), QStringLiteral("builder: read the JSON, print the SQL.")},
        {QStringLiteral("diff"), QStringLiteral("history: compare versions A and B.")},
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds before a request fails (1 to %1).").arg(MaxTimeoutSeconds),
         QStringLiteral("S"), QStringLiteral("30")},
        {QStringLiteral("profile"), QStringLiteral("Use this profile's server and key."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), QStringLiteral("profiles add: global or eu."),
         QStringLiteral("R")},
        {QStringLiteral("tag"),
         QStringLiteral("profiles add: production, staging, development or testing."),
         QStringLiteral("T")},
        {QStringLiteral("read-only"), QStringLiteral("profiles add: never change segments.")},
    };
    return all;
}

int CliApp::usage(const QString &message)
{
    CliOutput::error(message + QStringLiteral("\nRun segmentdesk-cli --help for usage."));
    return Usage;
}

int CliApp::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        CliOutput::write(stdout, m_parser.helpText());
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        CliOutput::write(stdout, QStringLiteral("segmentdesk-cli " SEGMENTDESK_VERSION "\n"));
        return Ok;
    }
    QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString name = args.takeFirst();
    const CliCommand *command = CliCommand::find(commands(), name);
    if (!command)
        return usage(QStringLiteral("unknown command \"%1\"").arg(name));
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (command->access == CliCommand::Access::Offline)
        return (this->*command->run)(args);
    if (m_parser.isSet(QStringLiteral("profile")))
        return runWithProfile(*command, args);
    const int setUp = setUpClient();
    if (setUp != Ok)
        return setUp;
    const int started = dispatch(*command, args);
    return started == StillRunning ? QCoreApplication::exec() : started;
}

int CliApp::runLint(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("lint takes one file (or - for standard input)"));
    return CliLint::run({args.first(), m_parser.value(QStringLiteral("fields")),
                         m_parser.isSet(QStringLiteral("format"))});
}

int CliApp::runCompletion(const QStringList &args)
{
    using Script = QString (*)(const QList<CliCommand> &, const QList<QCommandLineOption> &);
    static const QHash<QString, Script> scripts {{QStringLiteral("bash"), &CliCompletion::bash},
                                                 {QStringLiteral("zsh"), &CliCompletion::zsh}};
    const Script script = scripts.value(args.value(0));
    if (args.size() != 1 || !script)
        return usage(QStringLiteral("completion takes the shell: bash or zsh"));
    CliOutput::write(stdout, script(commands(), options()));
    return Ok;
}

int CliApp::runBuilder(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("builder takes one file (or - for standard input)"));
    return CliBuilder::run({args.first(), m_parser.value(QStringLiteral("fields")),
                            m_parser.isSet(QStringLiteral("to-sql"))});
}

Result<int> CliApp::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds <= 0 || seconds > MaxTimeoutSeconds)
        return Result<int>::failure(
            QStringLiteral("--timeout takes a number of seconds from 1 to %1")
                .arg(MaxTimeoutSeconds));
    return Result<int>::success(seconds);
}

int CliApp::createClient(const QUrl &baseUrl)
{
    m_client = new SendGridClient(this);
    const VoidResult url = m_client->setBaseUrl(baseUrl);
    if (!url.isOk())
        return usage(url.error());
    const Result<int> seconds = timeoutSeconds();
    if (!seconds.isOk())
        return usage(seconds.error());
    m_client->setTimeout(std::chrono::seconds(seconds.value()));
    return Ok;
}

int CliApp::setUpClient()
{
    const int created = createClient(QUrl(m_parser.value(QStringLiteral("base-url"))));
    if (created != Ok)
        return created;
    QString key = qEnvironmentVariable("SENDGRID_API_KEY");
    if (m_parser.isSet(QStringLiteral("api-key-stdin")))
        key = CliInput::readLine();
    if (key.isEmpty())
        return usage(QStringLiteral("no API key: set SENDGRID_API_KEY or use --api-key-stdin"));
    const VoidResult keySet = m_client->setApiKey(key);
    return keySet.isOk() ? int(Ok) : usage(keySet.error());
}

int CliApp::dispatch(const CliCommand &command, const QStringList &args)
{
    return (this->*command.run)(args);
}

ApiCall *CliApp::track(ApiCall *call)
{
    connect(call, &ApiCall::attemptFinished, this,
            [this](const HttpResponse &response) { m_lastBody = response.body; });
    connect(call, &ApiCall::retryScheduled, this, &CliApp::printRetry);
    return call;
}

void CliApp::printRetry(int nextAttempt, qint64 delayMs, const ApiError &cause)
{
    CliOutput::write(stderr,
                     QStringLiteral("%1; attempt %2 in %3 s\n")
                         .arg(ApiError::kindName(cause.kind))
                         .arg(nextAttempt)
                         .arg(double(delayMs) / 1000.0, 0, 'f', 1));
}

void CliApp::finishWithError(const ApiError &error)
{
    CliOutput::write(stderr, QStringLiteral("error: %1\n").arg(CliText::errorText(error)));
    const bool network = error.kind == ApiError::Kind::Network
        || error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Tls;
    QCoreApplication::exit(network ? NetworkFailure : ApiFailure);
}

void CliApp::finishWithOutput(const QString &text)
{
    CliOutput::write(stdout, text);
    QCoreApplication::exit(Ok);
}

void CliApp::finishWithJson(const QByteArray &body)
{
    // A body that is no JSON is shown as text, with its control characters escaped.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    CliOutput::write(stdout,
                     doc.isNull()
                         ? CliText::visibleLines(QString::fromUtf8(body))
                         : QString::fromUtf8(CliText::json(doc.toJson(QJsonDocument::Indented))));
    QCoreApplication::exit(Ok);
}
