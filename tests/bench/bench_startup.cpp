// SPDX-License-Identifier: MIT
// The desktop app's start on its sample data, wired as ui/main.cpp wires it: the first start
// (an empty data folder, so the sandbox generates its 10,000 contacts) against a later one (the
// same folder). Each prints when the window was first painted, when the segment list arrived
// and when the first segment was shown, counted from the window's construction (QApplication's
// own start is the same for both). Run by scripts/bench (budget: window painted within 300 ms
// on every start), not by ctest.
#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "profiles/accountconnector.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "sandbox/sampledata.h"
#include "segmentlistpanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Notes the time of the first paint of the watched window.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock)
        : m_clock(clock)
    { }
    qint64 at() const { return m_at; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_at < 0)
            m_at = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    qint64 m_at = -1;
};

} // namespace

class bench_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStart() { start(QStringLiteral("first")); }
    void laterStart() { start(QStringLiteral("later")); }

private:
    void start(const QString &which);

    QTemporaryDir m_dir;
};

void bench_Startup::start(const QString &which)
{
    QElapsedTimer clock;
    clock.start();
    Settings settings(m_dir.filePath(QStringLiteral("SegmentDesk.conf")));
    ProfileStore profiles(&settings);
    KeychainSecretStore secrets;
    SendGridClient client;
    AccountConnector connector(&client, &secrets);
    DraftStore drafts;
    MainWindow window(&client, &drafts,
                      {&settings, &profiles, &secrets, &connector, m_dir.path(), nullptr});
    FirstPaint painted(clock);
    window.installEventFilter(&painted);
    QSignalSpy listed(&window, &MainWindow::listLoaded);
    QSignalSpy shown(&window, &MainWindow::segmentLoaded);
    window.show();
    SandboxOptions options;
    options.dataDir = QDir(m_dir.path()).filePath(QStringLiteral("sandbox"));
    SampleData sampleData(options);
    window.segmentList()->showLoading();
    connect(&sampleData, &SampleData::ready, &window, [&](const QUrl &url) {
        connector.setSandbox(url, SampleData::apiKey());
        window.openProfile(Profile::sandboxId());
    });
    sampleData.start();
    QVERIFY(shown.wait(60000));
    QVERIFY(!listed.isEmpty());
    const qint64 segmentAt = clock.elapsed();
    QVERIFY(painted.at() >= 0);
    qInfo("%s start: window painted %lld ms, first segment shown %lld ms", qPrintable(which),
          painted.at(), segmentAt);
}

QTEST_MAIN(bench_Startup)
#include "bench_startup.moc"
