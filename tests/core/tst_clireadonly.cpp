// SPDX-License-Identifier: MIT
// A read-only profile cannot write through any command (#18 §5, #20 §2): every command the
// table marks as writing, run through the real segmentdesk-cli with arguments that do change the
// sandbox under a read-write profile, is refused under a read-only one and changes nothing.
// A real keychain (tests/support/with-keyring.sh) and the in-process sandbox.
#include "cli/cliapp.h"
#include "profiles/settings.h"
#include "support/clirunner.h"
#include "support/keyringguard.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace {

using Run = CliRunner::Run;

/// Made up; the sandbox accepts it.
const QString MadeUpKey
    = QStringLiteral("SG.audit-made-up-Zq7vW3kP9xR2.tM8nB4cL6yH1jF5dS0gA3eU7iO2");
const QString ReadOnly = QStringLiteral("Acme read-only");
const QString ReadWrite = QStringLiteral("Acme");
const QString Query
    = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE'");
const QString Segments = QStringLiteral("/v3/marketing/segments/2.0");

/// How each writing command is run: arguments that change the sandbox under a read-write profile.
/// {id} is a segment made for the run; {deleted} one deleted after both profiles filed it in
/// their history. Standard input holds a query. A writing command missing here fails the test.
const QHash<QString, QStringList> Invocations {
    {QStringLiteral("update"),
     {QStringLiteral("{id}"), QStringLiteral("--name"), QStringLiteral("Renamed")}},
    {QStringLiteral("create"),
     {QStringLiteral("--name"), QStringLiteral("Created"), QStringLiteral("--query-file"),
      QStringLiteral("-")}},
    {QStringLiteral("duplicate"), {QStringLiteral("{id}")}},
    {QStringLiteral("delete"), {QStringLiteral("{id}"), QStringLiteral("--yes")}},
    {QStringLiteral("recreate"), {QStringLiteral("{deleted}")}},
    {QStringLiteral("refresh"),
     {QStringLiteral("{id}"), QStringLiteral("--time-zone"), QStringLiteral("Etc/UTC")}},
};

} // namespace

class tst_CliReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWritingCommandIsRefusedAndChangesNothing();

private:
    Run as(const QString &profile, const QStringList &args)
    {
        return m_cli.run(QStringList {QStringLiteral("--profile"), profile} + args, Query.toUtf8());
    }
    /// What a write could change: every segment's id, name, query, parent lists and last refresh.
    QByteArray account();
    /// The invocation's arguments with {id} and {deleted} made anew.
    QStringList prepare(QStringList args);

    std::unique_ptr<SandboxFixture> m_sandbox;
    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
    int m_made = 0;
};

void tst_CliReadOnly::initTestCase()
{
    if (KeyringGuard::mode() != QStringLiteral("unlocked"))
        QFAIL(qPrintable(KeyringGuard::refusal()));
    SandboxOptions options = SandboxFixture::defaults();
    options.apiKeys = {MadeUpKey};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
    QFile::remove(Settings::defaultFilePath());
    for (const QString &name : {ReadOnly, ReadWrite}) {
        QStringList add {QStringLiteral("profiles"), QStringLiteral("add"), name,
                         QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()};
        if (name == ReadOnly)
            add += QStringLiteral("--read-only");
        const Run added = m_cli.run(add, MadeUpKey.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
}

QByteArray tst_CliReadOnly::account()
{
    QJsonArray out;
    for (const QJsonValue &listed : m_sandbox->segments()) {
        const QJsonObject s = m_sandbox->settledSegment(listed[u"id"].toString());
        out.append(QJsonObject {{QStringLiteral("id"), s[u"id"]},
                                {QStringLiteral("name"), s[u"name"]},
                                {QStringLiteral("query_dsl"), s[u"query_dsl"]},
                                {QStringLiteral("parent_list_ids"), s[u"parent_list_ids"]},
                                {QStringLiteral("last_refreshed_at"), s[u"last_refreshed_at"]}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QStringList tst_CliReadOnly::prepare(QStringList args)
{
    const QString tag = QString::number(++m_made);
    const QString id = m_sandbox->createSegment(QStringLiteral("Target ") + tag, Query);
    const QString deleted = m_sandbox->createSegment(QStringLiteral("Deleted ") + tag, Query);
    // `show` files the version that `recreate` makes anew, in each profile's own history.
    for (const QString &profile : {ReadOnly, ReadWrite}) {
        const Run shown = as(profile, {QStringLiteral("show"), deleted});
        if (shown.exitCode != 0)
            qWarning("show answered %d: %s", shown.exitCode, qPrintable(shown.err));
    }
    m_sandbox->send("DELETE", Segments + u'/' + deleted,
                    Segments + QStringLiteral("/{segment_id}"));
    args.replaceInStrings(QStringLiteral("{id}"), id);
    args.replaceInStrings(QStringLiteral("{deleted}"), deleted);
    return args;
}

void tst_CliReadOnly::everyWritingCommandIsRefusedAndChangesNothing()
{
    int writing = 0;
    for (const CliCommand &command : CliApp::commands()) {
        if (!command.writes())
            continue;
        ++writing;
        QVERIFY2(Invocations.contains(command.name),
                 qPrintable(command.name + QStringLiteral(" writes: give it an invocation here")));
        const QStringList args = QStringList {command.name} + prepare(Invocations[command.name]);
        const QByteArray before = account();
        const Run refused = as(ReadOnly, args);
        QVERIFY2(refused.exitCode != 0 && refused.err.contains(QStringLiteral("read-only")),
                 qPrintable(args.join(u' ') + u' ' + refused.err));
        QCOMPARE(account(), before);
        // The same arguments do write under a read-write profile: the refusal above is the
        // profile's, not a mistake in the arguments.
        const Run written = as(ReadWrite, args);
        QVERIFY2(written.exitCode == 0, qPrintable(args.join(u' ') + u' ' + written.err));
        QVERIFY2(account() != before, qPrintable(args.join(u' ')));
    }
    QCOMPARE(writing, Invocations.size());
}

QTEST_GUILESS_MAIN(tst_CliReadOnly)
#include "tst_clireadonly.moc"
