// SPDX-License-Identifier: MIT
// segmentdesk-cli history as a user runs it: real CLI processes against the in-process sandbox,
// the history in a temp data folder (XDG_DATA_HOME), where the window keeps it too.
#include "local/historystore.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString SegmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString SegmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
const QByteArray UsQuery = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'US'";
const QByteArray DeQuery = "SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE'";
} // namespace

class tst_CliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listAndDiffAfterTwoUpdates();
    void readsRecordChangesMadeElsewhereOnce();
    void createIsRecorded();
    void historyNeedsNoKeyAndKeepsProfilesApart();
    void deletedSegmentIsRecreated();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}, bool withKey = true);
    /// The lines of `history` output after its header.
    QStringList historyRows(const QString &id);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_id;
};

void tst_CliHistory::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
}

void tst_CliHistory::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    const QJsonArray segments
        = m_sandbox->send("GET", SegmentsPath, SegmentsPath).json()["results"].toArray();
    QVERIFY(!segments.isEmpty());
    m_id = segments.first()["id"].toString();
}

Run tst_CliHistory::cli(const QStringList &args, const QByteArray &input, bool withKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SENDGRID_API_KEY"));
    if (withKey)
        env.insert(QStringLiteral("SENDGRID_API_KEY"), m_sandbox->apiKey());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    process.setProcessEnvironment(env);
    const QStringList base {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()};
    process.start(QStringLiteral(SEGMENTDESK_CLI_PATH),
                  args.contains(QStringLiteral("--base-url")) ? args : base + args);
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList tst_CliHistory::historyRows(const QString &id)
{
    const Run r = cli({QStringLiteral("history"), id});
    if (r.exitCode != 0 || !r.out.startsWith(u'#')) {
        qWarning("history failed: %s %s", qPrintable(r.out), qPrintable(r.err));
        return {};
    }
    return r.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
}

void tst_CliHistory::listAndDiffAfterTwoUpdates()
{
    QCOMPARE(cli({QStringLiteral("show"), m_id}).exitCode, 0);
    const Run first
        = cli({QStringLiteral("update"), m_id, QStringLiteral("--query-file"), QStringLiteral("-")},
              UsQuery);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Run second = cli({QStringLiteral("update"), m_id, QStringLiteral("--name"),
                            QStringLiteral("Germany (history test)"),
                            QStringLiteral("--query-file"), QStringLiteral("-")},
                           DeQuery);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));

    const QStringList rows = historyRows(m_id);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith(u'1') && rows.at(0).contains(QStringLiteral("elsewhere")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(u'2') && rows.at(1).contains(QStringLiteral("this app")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(u'3') && rows.at(2).contains(QStringLiteral("this app"))
                 && rows.at(2).contains(QStringLiteral("PENDING"))
                 && rows.at(2).endsWith(QStringLiteral("Germany (history test)")),
             qPrintable(rows.at(2)));

    const Run diff = cli({QStringLiteral("history"), m_id, QStringLiteral("--diff"),
                          QStringLiteral("2"), QStringLiteral("3")});
    QVERIFY2(diff.exitCode == 0, qPrintable(diff.err));
    QVERIFY2(diff.out.contains(QStringLiteral("name: [-"))
                 && diff.out.contains(u"-]{+Germany (history test)+}"),
             qPrintable(diff.out));
    QVERIFY2(diff.out.contains(QStringLiteral("query:\nSELECT contact_id, updated_at FROM "
                                              "contact_data WHERE country = [-'US'-]{+'DE'+}\n")),
             qPrintable(diff.out));
    const Run same = cli({QStringLiteral("history"), m_id, QStringLiteral("--diff"),
                          QStringLiteral("3"), QStringLiteral("3")});
    QVERIFY2(same.out.contains(
                 QStringLiteral("name: unchanged (Germany (history test))\nquery: no differences")),
             qPrintable(same.out));
}

void tst_CliHistory::readsRecordChangesMadeElsewhereOnce()
{
    QCOMPARE(
        cli({QStringLiteral("update"), m_id, QStringLiteral("--query-file"), QStringLiteral("-")},
            UsQuery)
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("show"), m_id}).exitCode, 0); // what this app saved: no new one
    QCOMPARE(historyRows(m_id).size(), 1);
    // Someone else changes the segment; the next read records their version.
    const Exchange patched
        = m_sandbox->send("PATCH", SegmentsPath + u'/' + m_id, SegmentOp,
                          QJsonObject {{QStringLiteral("query_dsl"), QString::fromUtf8(DeQuery)}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(cli({QStringLiteral("show"), m_id}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("show"), m_id}).exitCode, 0);
    const QStringList rows = historyRows(m_id);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(1).contains(QStringLiteral("elsewhere")), qPrintable(rows.at(1)));
}

void tst_CliHistory::createIsRecorded()
{
    const Run created
        = cli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("History test"),
               QStringLiteral("--query-file"), QStringLiteral("-"), QStringLiteral("--json")},
              UsQuery);
    QCOMPARE(created.exitCode, 0);
    const QString id = QJsonDocument::fromJson(created.out.toUtf8())["id"].toString();
    QVERIFY(!id.isEmpty());
    // Straight from the store the window opens: same folder, profile "sandbox".
    HistoryStore store;
    QVERIFY(store.open(m_data->filePath(QStringLiteral("SegmentDesk/SegmentDesk/history.sqlite")))
                .isOk());
    const Result<QList<HistoryVersion>> versions = store.versions(QStringLiteral("sandbox"), id);
    QVERIFY(versions.isOk());
    QCOMPARE(versions.value().size(), 1);
    QCOMPARE(versions.value().at(0).source, HistoryVersion::Source::ThisApp);
    QCOMPARE(versions.value().at(0).queryDsl, QString::fromUtf8(UsQuery));
    QCOMPARE(versions.value().at(0).name, QStringLiteral("History test"));
}

void tst_CliHistory::historyNeedsNoKeyAndKeepsProfilesApart()
{
    QCOMPARE(cli({QStringLiteral("show"), m_id}).exitCode, 0);
    const Run local = cli({QStringLiteral("history"), m_id}, {}, false);
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(local.out.startsWith(u'#'), qPrintable(local.out + local.err));
    const Run other = cli({QStringLiteral("--base-url"), QStringLiteral("https://api.example.com"),
                           QStringLiteral("history"), m_id},
                          {}, false);
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.out.startsWith(QStringLiteral("No history for segment")), qPrintable(other.out));
    QVERIFY(other.out.contains(QStringLiteral("host:api.example.com")));
}

// Deleting keeps the history: `recreate` makes the segment anew from its latest version, or
// from the one named, under its own name while that is free.
void tst_CliHistory::deletedSegmentIsRecreated()
{
    const Run created = cli({"create", "--name", "Recreate me", "--query-file", "-"}, UsQuery);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id
        = created.out.section(u'\n', 0, 0).section(u' ', -1, -1, QString::SectionSkipEmpty);
    QVERIFY2(!id.isEmpty() && historyRows(id).size() == 1, qPrintable(created.out));
    const Run updated = cli({"update", id, "--query-file", "-"}, DeQuery);
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    const Run stillThere = cli({"recreate", id}); // would be a duplicate
    QCOMPARE(stillThere.exitCode, 2);
    QVERIFY2(stillThere.err.contains("still exists"), qPrintable(stillThere.err));
    QCOMPARE(cli({"delete", id, "--yes"}).exitCode, 0);
    QCOMPARE(m_sandbox->send("GET", SegmentsPath + u'/' + id, SegmentOp).status, 404);

    const Run latest = cli({"recreate", id, "--json"});
    QVERIFY2(latest.exitCode == 0, qPrintable(latest.err));
    const QJsonObject again = QJsonDocument::fromJson(latest.out.toUtf8()).object();
    QVERIFY(again["id"].toString() != id); // a new segment, with the old definition
    QCOMPARE(again["name"].toString(), QStringLiteral("Recreate me"));
    QCOMPARE(again["query_dsl"].toString().toUtf8(), DeQuery);
    const QJsonObject stored
        = m_sandbox->send("GET", SegmentsPath + u'/' + again["id"].toString(), SegmentOp).json();
    QCOMPARE(stored["query_dsl"].toString().toUtf8(), DeQuery);

    const Run first = cli({"recreate", id, "1", "--json"}); // the name is taken now
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject older = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QCOMPARE(older["name"].toString(), QStringLiteral("Recreate me (2)"));
    QCOMPARE(older["query_dsl"].toString().toUtf8(), UsQuery);

    const Run missing = cli({"recreate", id, "9"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("no version 9"), qPrintable(missing.err));
}

void tst_CliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QStringList {QStringLiteral("history")}
                           << QStringLiteral("history takes one segment id");
    QTest::newRow("diff without numbers")
        << QStringList {QStringLiteral("history"), QStringLiteral("x"), QStringLiteral("--diff")}
        << QStringLiteral("two version numbers");
    QTest::newRow("unknown version")
        << QStringList {QStringLiteral("history"), QStringLiteral("x"), QStringLiteral("--diff"),
                        QStringLiteral("1"), QStringLiteral("2")}
        << QStringLiteral("segment x has no version 1");
}

void tst_CliHistory::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args, {}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_clihistory.moc"
