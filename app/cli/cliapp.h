// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/contactlist.h"
#include "api/httpresponse.h"
#include "clicommand.h"
#include "profiles/profile.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

struct SegmentCreate;
class ApiCall;
class SegmentWrite;
class ProfileStore;
class SecretStore;
class SendGridClient;
class Settings;
class QTextStream;

/// segmentdesk-cli: parses the command line, runs one operation asynchronously, prints its
/// result and leaves the event loop with the exit code.
struct Segment;

class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        ApiFailure = 3,
        NetworkFailure = 4,
        KeychainFailure = 5, ///< no key stored, or the keychain is locked or unavailable
        NotPreviewable = 6, ///< preview: a query has no contacts-search equivalent
    };

    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;
    /// Runs the command in `arguments` (argv, program name first) and returns the exit code.
    int run(const QStringList &arguments);
    /// Every command, in the order --help lists them.
    static const QList<CliCommand> &commands();
    /// Every option, in the order --help lists them (Qt's --help and --version aside).
    static const QList<QCommandLineOption> &options();

private:
    /// Whose history reads and saves go into: the --profile's id, as the window files them;
    /// without a profile, an id derived from the server (interimProfileId).
    QString historyProfileId() const;
    /// Returned by a command that started an operation; its handler sets the exit code.
    static constexpr int StillRunning = -1;

    void setUpParser();
    int usage(const QString &message);
    /// --timeout in seconds, or the usage error (1 to MaxTimeoutSeconds).
    Result<int> timeoutSeconds() const;
    int setUpClient();
    int createClient(const QUrl &baseUrl);
    void openProfiles();
    /// --profile NAME: that profile's server, and its key from the keychain, then `command`.
    int runWithProfile(const CliCommand &command, const QStringList &args);
    void startWithKey(const Profile &profile, const QString &key, const CliCommand &command,
                      const QStringList &args);
    int dispatch(const CliCommand &command, const QStringList &args);
    /// Ok, or the usage error for an argument that is no id (".." would change the route).
    int checkId(const QString &id);

    // The commands (see commands()); each returns an exit code or StillRunning.
    int runHistory(const QStringList &args);
    int runLint(const QStringList &args);
    int runBuilder(const QStringList &args);
    int runCompletion(const QStringList &args);
    int runProfiles(const QStringList &args);
    int runList(const QStringList &args);
    int runShow(const QStringList &args);
    int runUpdate(const QStringList &args);
    int runCreate(const QStringList &args);
    int runDelete(const QStringList &args);
    int runDuplicate(const QStringList &args);
    int runRecreate(const QStringList &args);
    int runRefresh(const QStringList &args);
    int runFields(const QStringList &args);
    int runLists(const QStringList &args);
    int runPreview(const QStringList &args);

    /// Lists the account's names, then creates `segment` under a name none of them has.
    void createUniquelyNamed(SegmentCreate segment);
    void listPage(const QString &pageToken);
    bool readQueryFile(QString *query, QString *problem) const;

    /// A callback that prints a result with `format` (or SendGrid's JSON with --json) and exits.
    template<typename T>
    ApiCallback<T> printer(QString (*format)(const T &));
    ApiCallback<Segment> savedPrinter();
    /// Remembers raw bodies for --json and counts the call as in flight.
    ApiCall *track(ApiCall *call);
    /// Starts `write`; `done` gets the segment once SendGrid has it (by its reply, or by
    /// reading it back when the reply did not say), else the error is printed.
    void runWrite(SegmentWrite *write, ApiCallback<Segment> done);
    void finishWithError(const ApiError &error);
    void finishWithOutput(const QString &text);
    void finishWithJson(const QByteArray &body);
    void printRetry(int nextAttempt, qint64 delayMs, const ApiError &cause);

    QCommandLineParser m_parser;
    SendGridClient *m_client = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_historyProfile; ///< set by --profile
    SecretStore *m_secrets = nullptr;
    QByteArray m_lastBody;
    QList<QByteArray> m_pages;
    QList<ContactList> m_lists;
    bool m_json = false;
};
