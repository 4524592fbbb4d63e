// SPDX-License-Identifier: MIT
#include "cliapp.h"

#include "clibuilder.h"
#include "clihistory.h"
#include "clilint.h"
#include "clioutput.h"

#include "api/sendgridclient.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace {

const char *Help = R"(Commands:
  list                          segments of the account
  show ID                       one segment with its contact sample
  update ID [--name N] [--query-file F|-]
  create --name N --query-file F|- [--parent-list ID]
  duplicate ID [--name N]       a copy (named "Copy of …", unique, unless --name says)
  delete ID [--yes]
  recreate ID [VERSION]         a deleted segment anew from its local history (the latest
                                version unless VERSION says; its name, made unique if taken)
  refresh ID [--time-zone ZONE]  manual recount (SendGrid quotas apply)
  fields                        field definitions (reserved and custom)
  lists                         marketing lists
  history ID [--diff A B]       versions kept locally, or what changed from A to B (no key needed)
  lint [--fields FILE] [--format] FILE|-   check a query offline (no key needed)
  builder [--fields FILE] FILE|-   the visual builder's reading of a query as JSON:
                                groups, conditions, locked SQL pieces (no key needed)
  builder --to-sql FILE|-       that JSON back to formatted SQL
  preview --query-file F|- [--segment ID]
                                how many contacts an unsaved query matches (a preview through
                                the contacts search, not a saved count); with --segment, who
                                would join and who would leave that segment
  profiles list                 the profiles shared with the window
  profiles add NAME [--region global|eu | --base-url URL] [--tag T] [--read-only]
                                asks for the key (or reads it from stdin) into the keychain
  profiles remove NAME          the profile and its key in the keychain
  profiles test NAME            GET /v3/scopes: which segment operations the key allows

With --profile NAME a command uses that profile's server and its key from the system keychain.
Without it, the API key comes from SENDGRID_API_KEY or, with --api-key-stdin, from the first
line of standard input. A key is never accepted as an argument.
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
                                       + QString::fromUtf8(Help));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
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
        {QStringLiteral("timeout"), QStringLiteral("Seconds before a request fails."),
         QStringLiteral("S"), QStringLiteral("30")},
        {QStringLiteral("profile"), QStringLiteral("Use this profile's server and key."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), QStringLiteral("profiles add: global or eu."),
         QStringLiteral("R")},
        {QStringLiteral("tag"),
         QStringLiteral("profiles add: production, staging, development or testing."),
         QStringLiteral("T")},
        {QStringLiteral("read-only"), QStringLiteral("profiles add: never change segments.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
}

int CliApp::usage(const QString &message)
{
    CliOutput::write(stderr,
                     QStringLiteral("segmentdesk-cli: %1\nRun segmentdesk-cli --help for usage.\n")
                         .arg(message));
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
    const QString command = args.takeFirst();
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (command == QStringLiteral("history"))
        return runHistory(args);
    if (command == QStringLiteral("lint")) {
        if (args.size() != 1)
            return usage(QStringLiteral("lint takes one file (or - for standard input)"));
        return CliLint::run({args.first(), m_parser.value(QStringLiteral("fields")),
                             m_parser.isSet(QStringLiteral("format"))});
    }
    if (command == QStringLiteral("builder")) {
        if (args.size() != 1)
            return usage(QStringLiteral("builder takes one file (or - for standard input)"));
        return CliBuilder::run({args.first(), m_parser.value(QStringLiteral("fields")),
                                m_parser.isSet(QStringLiteral("to-sql"))});
    }
    if (command == QStringLiteral("profiles"))
        return runProfiles(args);
    if (m_parser.isSet(QStringLiteral("profile")))
        return runWithProfile(command, args);
    const int setUp = setUpClient();
    if (setUp != Ok)
        return setUp;
    const int started = dispatch(command, args);
    return started == StillRunning ? QCoreApplication::exec() : started;
}

int CliApp::createClient(const QUrl &baseUrl)
{
    m_client = new SendGridClient(this);
    const VoidResult url = m_client->setBaseUrl(baseUrl);
    if (!url.isOk())
        return usage(url.error());
    bool ok = false;
    const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds <= 0)
        return usage(QStringLiteral("--timeout takes a positive number of seconds"));
    m_client->setTimeout(std::chrono::seconds(seconds));
    return Ok;
}

int CliApp::setUpClient()
{
    const int created = createClient(QUrl(m_parser.value(QStringLiteral("base-url"))));
    if (created != Ok)
        return created;
    QString key = qEnvironmentVariable("SENDGRID_API_KEY");
    if (m_parser.isSet(QStringLiteral("api-key-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read the API key from standard input"));
        key = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (key.isEmpty())
        return usage(QStringLiteral("no API key: set SENDGRID_API_KEY or use --api-key-stdin"));
    const VoidResult keySet = m_client->setApiKey(key);
    return keySet.isOk() ? int(Ok) : usage(keySet.error());
}

int CliApp::dispatch(const QString &command, const QStringList &args)
{
    if (command == QStringLiteral("list"))
        return runList();
    if (command == QStringLiteral("show"))
        return runShow(args);
    if (command == QStringLiteral("update"))
        return runUpdate(args);
    if (command == QStringLiteral("create"))
        return runCreate();
    if (command == QStringLiteral("duplicate"))
        return runDuplicate(args);
    if (command == QStringLiteral("delete"))
        return runDelete(args);
    if (command == QStringLiteral("recreate"))
        return runRecreate(args);
    if (command == QStringLiteral("refresh"))
        return runRefresh(args);
    if (command == QStringLiteral("fields"))
        return runFields();
    if (command == QStringLiteral("lists"))
        return runLists();
    if (command == QStringLiteral("preview"))
        return runPreview(args);
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
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
    CliOutput::write(stderr, QStringLiteral("error: %1\n").arg(error.toDisplayString()));
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
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    CliOutput::write(stdout,
                     QString::fromUtf8(doc.isNull() ? body : doc.toJson(QJsonDocument::Indented)));
    QCoreApplication::exit(Ok);
}
