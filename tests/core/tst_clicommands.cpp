// SPDX-License-Identifier: MIT
// segmentdesk-cli's one table of commands (CliApp::commands()) against everything that lists
// commands: the dispatcher, --help, the man page and the bash and zsh completion scripts. Each
// must name every command of the table and nothing else.
#include "cli/cliapp.h"
#include "cli/cliprofiles.h"
#include "support/clirunner.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"
#include "testconfig.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRunner::Run;

const QString SourceDir = QStringLiteral(SEGMENTDESK_TEST_DATA_DIR "/../..");

QSet<QString> tableNames()
{
    QSet<QString> names;
    for (const CliCommand &command : CliApp::commands())
        names.insert(command.name);
    return names;
}

QString readSource(const QString &path)
{
    QFile file(SourceDir + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Every first capture of `pattern` in `text`.
QStringList captures(const QString &text, const QString &pattern)
{
    QStringList out;
    for (const QRegularExpressionMatch &m : QRegularExpression(pattern).globalMatch(text))
        out += m.captured(1);
    return out;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(u' ');
}

} // namespace

class tst_CliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandHasItsOwnHandler();
    void everyHandlerIsInTheTable_data();
    void everyHandlerIsInTheTable();
    void everyCommandIsDispatched();
    void helpListsEveryCommand();
    void manPageAndTableAgree();
    void completionScriptsNameEveryCommand_data();
    void completionScriptsNameEveryCommand();
    void shellsCompleteTheTable_data();
    void shellsCompleteTheTable();

private:
    Run cli(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return m_cli.run(args, {}, extra);
    }
    /// What `shell`'s script offers for the words typed so far (the last one being completed).
    QStringList completes(const QString &shell, const QStringList &typed);

    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
};

void tst_CliCommands::everyCommandHasItsOwnHandler()
{
    QSet<QString> names;
    QList<int (CliApp::*)(const QStringList &)> handlers;
    for (const CliCommand &command : CliApp::commands()) {
        QVERIFY2(command.run, qPrintable(command.name));
        QVERIFY2(!handlers.contains(command.run), qPrintable(command.name));
        handlers.append(command.run);
        QVERIFY2(!names.contains(command.name), qPrintable(command.name));
        names.insert(command.name);
        QVERIFY2(!command.help.isEmpty(), qPrintable(command.name));
    }
    QList<int (CliProfiles::*)(const QString &)> subHandlers;
    for (const CliProfiles::Subcommand &sub : CliProfiles::subcommands()) {
        QVERIFY2(sub.run && !subHandlers.contains(sub.run), qPrintable(sub.name));
        subHandlers.append(sub.run);
    }
}

void tst_CliCommands::everyHandlerIsInTheTable_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("tableFile");
    QTest::addColumn<int>("tableSize");
    QTest::newRow("commands") << QStringLiteral("CliApp")
                              << QStringLiteral("app/cli/clicommandtable.cpp")
                              << int(CliApp::commands().size());
    QTest::newRow("profiles") << QStringLiteral("CliProfiles")
                              << QStringLiteral("app/cli/cliprofiles.cpp")
                              << int(CliProfiles::subcommands().size());
}

// A handler (Owner::runX taking the arguments) that its table does not name is a command no one
// can run, or one run by a path beside the table that the read-only refusal never sees.
void tst_CliCommands::everyHandlerIsInTheTable()
{
    QFETCH(QString, owner);
    QFETCH(QString, tableFile);
    QFETCH(int, tableSize);
    QSet<QString> defined;
    const QDir cli(SourceDir + QStringLiteral("/app/cli"));
    QVERIFY(cli.exists());
    const QString definition = QStringLiteral(R"(\bint %1::(run\w+)\(const QString(?:List)? &)");
    for (const QString &file : cli.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
        const QString text = readSource(QStringLiteral("app/cli/") + file);
        for (const QString &handler : captures(text, definition.arg(owner)))
            defined.insert(handler);
    }
    const QStringList named
        = captures(readSource(tableFile), QStringLiteral(R"(&%1::(run\w+))").arg(owner));
    QCOMPARE(named.size(), tableSize);
    QCOMPARE(sorted(QSet<QString>(named.begin(), named.end())), sorted(defined));
}

// Each command reaches a handler of its own: whatever it answers to no arguments, it is never
// "unknown". Nothing is sent to a server that answers 404 to all, and nothing waits for input.
void tst_CliCommands::everyCommandIsDispatched()
{
    LoopbackServer server;
    QVERIFY(server.start());
    server.setHandler(
        [](const LoopbackServer::Request &) { return LoopbackServer::Reply::json(404, {}); });
    QProcessEnvironment key;
    key.insert(QStringLiteral("SENDGRID_API_KEY"), Fixtures::fakeApiKey());
    for (const CliCommand &command : CliApp::commands()) {
        const Run r
            = cli({QStringLiteral("--base-url"), server.baseUrl().toString(), command.name}, key);
        QVERIFY2(!r.err.contains(QStringLiteral("unknown command")),
                 qPrintable(command.name + u' ' + r.err));
    }
    const Run unknown = cli({QStringLiteral("frobnicate")}, key);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")),
             qPrintable(unknown.err));
}

void tst_CliCommands::helpListsEveryCommand()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const CliCommand &command : CliApp::commands()) {
        const QString usage
            = (QStringLiteral("\n  ") + command.name + u' ' + command.arguments).trimmed();
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + usage), qPrintable(command.name));
        QVERIFY2(r.out.contains(command.help.section(u'\n', 0, 0)), qPrintable(command.name));
    }
    // ... and nothing else: the "Commands:" block has one line per command and its help lines.
    const QString block
        = r.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    const QStringList listed = captures(block, QStringLiteral(R"((?:^|\n)  ([a-z]+))"));
    QCOMPARE(sorted(QSet<QString>(listed.begin(), listed.end())), sorted(tableNames()));
}

// The man page's COMMANDS section has an entry (".TP", then the command in bold) for every
// command in the table and for no other; each entry names the options the table's synopsis does.
void tst_CliCommands::manPageAndTableAgree()
{
    QString page = readSource(QStringLiteral("packaging/man/segmentdesk-cli.1"));
    QVERIFY(!page.isEmpty());
    page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    const QString section = page.section(QStringLiteral("\n.SH COMMANDS\n"), 1)
                                .section(QStringLiteral("\n.SH "), 0, 0);
    QVERIFY(!section.isEmpty());
    const QStringList entries = section.split(QStringLiteral(".TP\n"), Qt::SkipEmptyParts);
    QHash<QString, QString> byCommand;
    const QRegularExpression head(QStringLiteral(R"(^(?:\.BI? "?|\\fB)([a-z]+))"));
    for (const QString &entry : entries) {
        const QRegularExpressionMatch m = head.match(entry);
        QVERIFY2(m.hasMatch(), qPrintable(entry));
        byCommand[m.captured(1)] += entry;
    }
    const QStringList documented = byCommand.keys();
    QCOMPARE(sorted(QSet<QString>(documented.begin(), documented.end())), sorted(tableNames()));
    for (const CliCommand &command : CliApp::commands()) {
        for (const QString &option : captures(command.arguments, QStringLiteral("(--[a-z-]+)")))
            QVERIFY2(byCommand.value(command.name).contains(option),
                     qPrintable(command.name + u' ' + option));
        for (const QString &word : command.words())
            QVERIFY2(byCommand.value(command.name).contains(word),
                     qPrintable(command.name + u' ' + word));
    }
}

void tst_CliCommands::completionScriptsNameEveryCommand_data()
{
    QTest::addColumn<QString>("shell");
    // bash: the word list compgen offers before a command; zsh: the `name:help` pairs.
    QTest::addColumn<QString>("commandsPattern");
    QTest::addColumn<QString>("wordsPattern");
    QTest::newRow("bash") << QStringLiteral("bash")
                          << QStringLiteral(R"re(\n +choices="([a-z ]+)"\n)re")
                          << QStringLiteral(R"re(\n +%1\) choices="([a-z ]+)" ;;)re");
    QTest::newRow("zsh") << QStringLiteral("zsh") << QStringLiteral(R"re(\n +'([a-z]+):)re")
                         << QStringLiteral(R"re(\n +\(%1\) compadd -- ([a-z ]+) ;;)re");
}

void tst_CliCommands::completionScriptsNameEveryCommand()
{
    QFETCH(QString, shell);
    QFETCH(QString, commandsPattern);
    QFETCH(QString, wordsPattern);
    const Run r = cli({QStringLiteral("completion"), shell});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QSet<QString> named;
    for (const QString &list : captures(r.out, commandsPattern))
        for (const QString &name : list.split(u' '))
            named.insert(name);
    QCOMPARE(sorted(named), sorted(tableNames()));
    for (const CliCommand &command : CliApp::commands()) {
        const QStringList words = captures(r.out, wordsPattern.arg(command.name));
        QCOMPARE(words.value(0), command.words().join(u' '));
    }
    QCOMPARE(cli({QStringLiteral("completion"), QStringLiteral("fish")}).exitCode, 2);
}

QStringList tst_CliCommands::completes(const QString &shell, const QStringList &typed)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("completion"));
    QFile file(script);
    const Run printed = cli({QStringLiteral("completion"), shell});
    if (!file.open(QIODevice::WriteOnly) || file.write(printed.out.toUtf8()) < 0)
        return {QStringLiteral("(no script)")};
    file.close();
    // The words as the shell splits the line. zsh's completion builtins work only inside its
    // line editor: here they print what they would offer (compadd filtered by the prefix, as
    // the real one does); file names, bash's fallback too, print nothing.
    const QString zshBuiltins = QStringLiteral(
        "compadd() { [[ $1 == -- ]] && shift; local w; for w; do [[ $w == $PREFIX* ]] && "
        "print -r -- $w; done; return 0 }; "
        "_describe() { local -a pairs; pairs=(\"${(@P)4}\"); compadd -- \"${pairs[@]%%:*}\" }; "
        "_files() { }; ");
    const QString body = shell == u"bash"
        ? QStringLiteral(". \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                         "_segmentdesk_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
        : zshBuiltins
            + QStringLiteral(". \"$1\" >/dev/null; shift; words=(\"$@\"); CURRENT=$#; "
                             "PREFIX=${words[-1]}; _segmentdesk-cli");
    QProcess process;
    process.start(shell, QStringList {QStringLiteral("-c"), body, shell, script} + typed);
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {QStringLiteral("(failed) ") + QString::fromUtf8(process.readAllStandardError())};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

void tst_CliCommands::shellsCompleteTheTable_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QStringList>("completed");
    const QString program = QStringLiteral("segmentdesk-cli");
    const QStringList names = tableNames().values();
    const auto add = [](const char *label, const QStringList &typed, const QStringList &completed) {
        for (const char *shell : {"bash", "zsh"})
            QTest::addRow("%s: %s", shell, label)
                << QString::fromLatin1(shell) << typed << completed;
    };
    add("commands", {program, {}}, names);
    add("after an option's value", {program, QStringLiteral("--profile"), QStringLiteral("A"), {}},
        names);
    add("an option's value", {program, QStringLiteral("--profile"), {}}, {});
    add("options", {program, QStringLiteral("list"), QStringLiteral("--pro")},
        {QStringLiteral("--profile")});
    for (const CliCommand &command : CliApp::commands())
        add(qPrintable(QStringLiteral("after ") + command.name), {program, command.name, {}},
            command.words());
}

void tst_CliCommands::shellsCompleteTheTable()
{
    QFETCH(QString, shell);
    QFETCH(QStringList, typed);
    QFETCH(QStringList, completed);
    if (QStandardPaths::findExecutable(shell).isEmpty())
        QFAIL(qPrintable(shell + QStringLiteral(" is not installed (scripts/deps installs it)")));
    QStringList got = completes(shell, typed);
    got.sort();
    completed.sort();
    QCOMPARE(got, completed);
}

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_clicommands.moc"
