// SPDX-License-Identifier: MIT
// Every executable answers --version with the project's one version number, also where there is
// no display (a terminal over ssh, a packaging script): the window must not start for it.
#include <QProcess>
#include <QTest>

class tst_Version : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsProjectVersion_data();
    void printsProjectVersion();
};

void tst_Version::printsProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    const QString gui = QStringLiteral(SEGMENTDESK_GUI_PATH);
    const QString cli = QStringLiteral(SEGMENTDESK_CLI_PATH);
    const QString sandbox = QStringLiteral(SEGMENTDESK_SANDBOX_PATH);
    QTest::newRow("segmentdesk --version") << gui << "--version"
                                           << "segmentdesk";
    QTest::newRow("segmentdesk -v") << gui << "-v"
                                    << "segmentdesk";
    QTest::newRow("segmentdesk-cli --version") << cli << "--version"
                                               << "segmentdesk-cli";
    QTest::newRow("segmentdesk-sandbox --version") << sandbox << "--version"
                                                   << "segmentdesk-sandbox";
}

void tst_Version::printsProjectVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, name);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind and Qt's default platform (xcb): what a terminal over ssh has.
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(variable));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, {option});
    QVERIFY2(process.waitForFinished(30000), qPrintable(program));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             name + QStringLiteral(" " SEGMENTDESK_VERSION "\n"));
}

QTEST_GUILESS_MAIN(tst_Version)
#include "tst_version.moc"
