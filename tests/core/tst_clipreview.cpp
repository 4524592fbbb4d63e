// SPDX-License-Identifier: MIT
// segmentdesk-cli preview as a script runs it, against the in-process sandbox.
#include "support/clirunner.h"
#include "support/loopbackserver.h"
#include "support/sandboxfixture.h"
#include "testconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString segments = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
const QString engagement = QStringLiteral(
    "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e ON "
    "c.contact_id = e.contact_id WHERE e.event_type = 'click'");

} // namespace

class tst_CliPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheCount();
    void readsStandardInput();
    void jsonWithJoinsAndLeaves();
    void engagementIsCountedAsOnceSaved();
    void untranslatableOnAnAccountExitsSix();
    void unknownSegmentIsAnApiError();
    void usage();

private:
    CliRunner::Run preview(const QStringList &args, const QByteArray &input = {});
    QString queryFile(const QString &query);
    /// A new segment's id and its count, which the sandbox gives it once it is valid.
    std::pair<QString, qint64> segment(const QString &query);

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    CliRunner m_cli {QStringLiteral(SEGMENTDESK_CLI_PATH)};
    int m_files = 0;
};

void tst_CliPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
}

CliRunner::Run tst_CliPreview::preview(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SENDGRID_API_KEY"), m_sandbox.apiKey());
    return m_cli.run(QStringList {QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                  QStringLiteral("preview")}
                         + args,
                     input, env);
}

QString tst_CliPreview::queryFile(const QString &query)
{
    const QString path = m_dir.filePath(QStringLiteral("query%1.sql").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(query.toUtf8()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

std::pair<QString, qint64> tst_CliPreview::segment(const QString &query)
{
    const QString id
        = m_sandbox
              .send("POST", segments, segments,
                    QJsonObject {{"name", QStringLiteral("CLI preview %1").arg(++m_files)},
                                 {"query_dsl", query}})
              .json()
              .value("id")
              .toString();
    const QString read = segments + u'/' + id + "?contacts_sample=false";
    QJsonObject json;
    (void)QTest::qWaitFor(
        [&] {
            json = m_sandbox.send("GET", read, segmentOp).json();
            return json[u"status"][u"query_validation"] == QStringLiteral("VALID");
        },
        5000);
    return {id, json[u"contacts_count"].toInteger(-1)};
}

void tst_CliPreview::printsTheCount()
{
    const QString query = head + "country = 'Germany' AND NOT (email LIKE '%@gmail.com')";
    const qint64 count = segment(query).second;
    QVERIFY(count > 0);
    const CliRunner::Run r = preview({QStringLiteral("--query-file"), queryFile(query)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Preview of the unsaved query (not a saved count)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\nMatches: %1\n").arg(count)), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("Joins")));
}

void tst_CliPreview::readsStandardInput()
{
    const QString query = head + "country = 'Spain'";
    const qint64 count = segment(query).second;
    const CliRunner::Run r
        = preview({QStringLiteral("--query-file"), QStringLiteral("-")}, query.toUtf8());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\nMatches: %1\n").arg(count)), qPrintable(r.out));
}

void tst_CliPreview::jsonWithJoinsAndLeaves()
{
    const QString saved = head + "birthday < '1990-01-01'";
    const QString unsaved = head + "country = 'France'";
    const auto [savedId, oldCount] = segment(saved);
    const qint64 newCount = segment(unsaved).second;
    const qint64 both = segment(head + "birthday < '1990-01-01' AND country = 'France'").second;
    QVERIFY(both >= 0 && newCount > both && oldCount > both);
    const CliRunner::Run r
        = preview({QStringLiteral("--query-file"), queryFile(unsaved), QStringLiteral("--segment"),
                   savedId, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json[u"preview"].toBool(), true);
    QVERIFY(QDateTime::fromString(json[u"previewed_at"].toString(), Qt::ISODate).isValid());
    QCOMPARE(json[u"matches"][u"contact_count"].toInteger(), newCount);
    QCOMPARE(json[u"joins"][u"contact_count"].toInteger(), newCount - both);
    QCOMPARE(json[u"leaves"][u"contact_count"].toInteger(), oldCount - both);
    QVERIFY(!json[u"joins"][u"contacts"].toArray().isEmpty());
    QVERIFY(json[u"leaves"][u"contacts"][0][u"email"].toString().contains(u'@'));

    const CliRunner::Run text = preview(
        {QStringLiteral("--query-file"), queryFile(unsaved), QStringLiteral("--segment"), savedId});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("\nJoins: %1\n  ").arg(newCount - both)),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("\nLeaves: %1\n  ").arg(oldCount - both)),
             qPrintable(text.out));
}

// #19 §2: the CLI counts engagement on the sandbox as the window does, as once saved.
void tst_CliPreview::engagementIsCountedAsOnceSaved()
{
    const auto [engagedId, engaged] = segment(engagement);
    QVERIFY(engaged > 0);
    const CliRunner::Run r = preview({QStringLiteral("--query-file"), queryFile(engagement)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\nMatches: %1\n").arg(engaged)), qPrintable(r.out));
    const QString spain = head + "country = 'Spain'";
    const CliRunner::Run json
        = preview({QStringLiteral("--query-file"), queryFile(spain), QStringLiteral("--segment"),
                   engagedId, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object[u"matches"][u"contact_count"].toInteger(-1), segment(spain).second);
    QVERIFY(object[u"leaves"][u"contact_count"].toInteger(-1) > 0);
    QVERIFY(!object[u"joins"].toObject().contains(QStringLiteral("not_translatable")));
}

// A server that is not the sandbox is an account: email activity alone has no figure.
void tst_CliPreview::untranslatableOnAnAccountExitsSix()
{
    LoopbackServer account;
    QVERIFY(account.start());
    account.setHandler([](const auto &) {
        return LoopbackServer::Reply::json(200, R"({"contact_count": 5, "billable_count": 5})");
    });
    QProcessEnvironment env;
    env.insert(QStringLiteral("SENDGRID_API_KEY"), m_sandbox.apiKey());
    const CliRunner::Run r = m_cli.run({QStringLiteral("--base-url"), account.baseUrl().toString(),
                                        QStringLiteral("preview"), QStringLiteral("--query-file"),
                                        queryFile(engagement)},
                                       {}, env);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.out.contains("Matches: cannot preview: engagement conditions (event_data) have no "
                            "contacts-search equivalent"),
             qPrintable(r.out));
}

void tst_CliPreview::unknownSegmentIsAnApiError()
{
    const CliRunner::Run r = preview(
        {QStringLiteral("--query-file"), queryFile(head + "country = 'Spain'"),
         QStringLiteral("--segment"), QStringLiteral("00000000-0000-4000-8000-000000000000")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.startsWith(QStringLiteral("error: ")));
}

void tst_CliPreview::usage()
{
    QCOMPARE(preview({}).exitCode, 2);
    QCOMPARE(
        preview({QStringLiteral("--query-file"), m_dir.filePath(QStringLiteral("none"))}).exitCode,
        2);
    const CliRunner::Run help = m_cli.run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("preview --query-file F|- [--segment ID]")));
    QVERIFY(help.out.contains(QStringLiteral("6 preview:")));
}

QTEST_GUILESS_MAIN(tst_CliPreview)
#include "tst_clipreview.moc"
