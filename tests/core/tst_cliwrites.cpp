// SPDX-License-Identifier: MIT
// segmentdesk-cli's writes against the in-process sandbox and its faults: a reply that does not
// say whether a write was applied (a 200 cut short, a gateway's 502 or 504) is checked in
// SendGrid before the exit code is chosen, and a create is never made twice.
#include "support/clirunner.h"
#include "support/sandboxfixture.h"
#include "support/unclearreplies.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");
const QString segmentOp = QStringLiteral("/v3/marketing/segments/2.0/{segment_id}");
} // namespace

class tst_CliWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void updateWhoseReplyDoesNotSay_data();
    void updateWhoseReplyDoesNotSay();
    void duplicateWhoseReplyDoesNotSay_data();
    void duplicateWhoseReplyDoesNotSay();

private:
    CliRunner::Run cli(const QStringList &args, const QByteArray &input = {});
    QStringList namesLike(const QString &start);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
    CliRunner m_runner {QStringLiteral(SEGMENTDESK_CLI_PATH)};
    QString m_id;
    QString m_name;
};

void tst_CliWrites::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    const QJsonArray all = m_sandbox->segments();
    QVERIFY(!all.isEmpty());
    m_id = all.first()["id"].toString();
    m_name = all.first()["name"].toString();
}

CliRunner::Run tst_CliWrites::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SENDGRID_API_KEY"), m_sandbox->apiKey());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    return m_runner.run(QStringList {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()}
                            + args,
                        input, env);
}

QStringList tst_CliWrites::namesLike(const QString &start)
{
    QStringList names;
    for (const QJsonValue &s : m_sandbox->segments()) {
        if (s["name"].toString().startsWith(start))
            names << s["name"].toString();
    }
    return names;
}

void tst_CliWrites::updateWhoseReplyDoesNotSay_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    for (const UnclearReply &reply : unclearReplies())
        QTest::newRow(reply.name) << reply.fault << (reply.applied ? 0 : 3)
                                  << (reply.applied ? "reading it back shows it was."
                                                    : "reading it back shows it was not: nothing "
                                                      "changed");
}

void tst_CliWrites::updateWhoseReplyDoesNotSay()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    fault.insert("method", "PATCH");
    QVERIFY(m_sandbox->injectFault(fault));
    const CliRunner::Run r = cli({"update", m_id, "--name", "Renamed by the CLI"});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    const QString now
        = m_sandbox->send("GET", segmentsPath + u'/' + m_id, segmentOp).json()["name"].toString();
    QCOMPARE(now, exitCode == 0 ? QStringLiteral("Renamed by the CLI") : m_name);
    if (exitCode == 0)
        QVERIFY2(r.out.contains("Renamed by the CLI"), qPrintable(r.out)); // the segment shown
}

void tst_CliWrites::duplicateWhoseReplyDoesNotSay_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("exitCode");
    for (const UnclearReply &reply : unclearReplies())
        QTest::newRow(reply.name) << reply.fault << (reply.applied ? 0 : 3);
}

// "Retry later" after a copy was made made a second copy ("Copy of X (2)"): the check finds
// the first, and one refused before creating is safe to run again.
void tst_CliWrites::duplicateWhoseReplyDoesNotSay()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, exitCode);
    fault.insert("method", "POST");
    fault.insert("path", segmentsPath);
    QVERIFY(m_sandbox->injectFault(fault));
    const CliRunner::Run r = cli({"duplicate", m_id});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    QCOMPARE(namesLike("Copy of " + m_name).size(), exitCode == 0 ? 1 : 0);
    if (exitCode != 0) {
        QVERIFY2(r.err.contains("nothing changed"), qPrintable(r.err));
        const CliRunner::Run again = cli({"duplicate", m_id});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }
    QCOMPARE(namesLike("Copy of " + m_name).size(), 1);
}

QTEST_GUILESS_MAIN(tst_CliWrites)
#include "tst_cliwrites.moc"
