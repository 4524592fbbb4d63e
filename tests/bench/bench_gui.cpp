// SPDX-License-Identifier: MIT
// The GUI thread during each operation of the main window (DESIGN budget: never blocked for more
// than 50 ms). A 1 ms timer ticks on the GUI thread while the operation runs against the
// in-process sandbox; the longest gap between two ticks is the longest the window could not
// repaint or take input. startAndLoadList also says how long the first segment took to show:
// with BENCH_GUI_SEGMENTS=10000 the sandbox has 10,000 segments due for a count, and the list
// must not wait for them (24 s before #18). Run by scripts/bench, not by ctest.
#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "sandbox/segmentengine.h"
#include "segmenteditorpanel.h"
#include "stallmeter.h"
#include "support/sandboxfixture.h"
#include "support/testaccounts.h"
#include "tenkilobytequery.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString segmentsPath = QStringLiteral("/v3/marketing/segments/2.0");

int environmentNumber(const char *name, int fallback)
{
    bool set = false;
    const int value = qEnvironmentVariableIntValue(name, &set);
    return set ? value : fallback;
}

} // namespace

class bench_Gui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startAndLoadList();
    void openAnotherSegment();
    void typeInTheFilter();
    void pasteA10kQuery();
    void formatA10kQuery();
    void saveAQueryEdit();
    void refreshTheCount();

private:
    QPlainTextEdit *sqlField() const { return m_window->findChild<QPlainTextEdit *>("sql"); }
    QLabel *queryStatus() const { return m_window->findChild<QLabel *>("queryStatus"); }
    void select(const QString &name);
    bool createSegments(int first, int last);

    SandboxFixture m_sandbox {[] {
        SandboxOptions options = SandboxFixture::defaults();
        options.contacts = environmentNumber("BENCH_GUI_CONTACTS", 100000);
        options.timeScale = 1; // counts are not recomputed behind the measurements' backs
        options.rateLimitPerMinute = 0; // set-up creates thousands of segments
        return options;
    }()};
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SendGridClient> m_client;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<MainWindow> m_window;
};

void bench_Gui::initTestCase()
{
    QVERIFY(m_sandbox.start());
    // 200 segments in all, as the start-up budget counts them (BENCH_GUI_SEGMENTS for more).
    const int segments = environmentNumber("BENCH_GUI_SEGMENTS", 200);
    QVERIFY(createSegments(14, segments));
    // Many segments stand for a store the window opens later: each one due for validation and
    // its first count, as after a restart.
    if (segments > 200)
        QTest::qWait(int(SegmentEngine::validationDelaySeconds) * 1000);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_drafts = std::make_unique<DraftStore>();
    QVERIFY(m_drafts->open(m_dir.filePath(QStringLiteral("drafts.sqlite"))).isOk());
    m_client = std::make_unique<SendGridClient>();
    QVERIFY(m_client->setBaseUrl(m_sandbox.baseUrl()).isOk());
    QVERIFY(m_client->setApiKey(m_sandbox.apiKey()).isOk());
}

// All at once, several connections in parallel: one by one, 10,000 took 3.5 minutes.
bool bench_Gui::createSegments(int first, int last)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(segmentsPath)));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox.apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    int pending = 0;
    int created = 0;
    for (int i = first; i <= last; ++i) {
        const QJsonObject body {{"name", QStringLiteral("Bench segment %1").arg(i)},
                                {"query_dsl",
                                 "SELECT contact_id, updated_at FROM contact_data "
                                 "WHERE country = 'Spain'"}};
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        ++pending;
        connect(reply, &QNetworkReply::finished, this, [reply, &pending, &created] {
            --pending;
            created += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
            reply->deleteLater();
        });
    }
    return QTest::qWaitFor([&pending] { return pending == 0; }, 600000)
        && created == qMax(0, last - first + 1);
}

void bench_Gui::cleanupTestCase()
{
    if (m_window)
        m_window->editor()->revert(); // no unsaved-changes question on close
}

void bench_Gui::select(const QString &name)
{
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(name));
    table->setCurrentIndex(hits.first());
    QVERIFY2(opened.wait(30000), qPrintable(m_window->statusMessage()));
}

void bench_Gui::startAndLoadList()
{
    StallMeter meter;
    m_accounts = std::make_unique<TestAccounts>(m_dir.path(), m_client.get(), m_sandbox);
    m_window = std::make_unique<MainWindow>(m_client.get(), m_drafts.get(),
                                            Accounts {&m_accounts->settings, &m_accounts->profiles,
                                                      &m_accounts->secrets, &m_accounts->connector,
                                                      m_dir.path()});
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    QElapsedTimer clock;
    clock.start();
    m_window->show();
    m_window->reload();
    QVERIFY(opened.wait(30000));
    meter.report();
    qInfo("first segment shown after %lld ms", clock.elapsed());
}

void bench_Gui::openAnotherSegment()
{
    StallMeter meter;
    select(QStringLiteral("Germany"));
    meter.report();
}

void bench_Gui::typeInTheFilter()
{
    auto *filter = m_window->findChild<QLineEdit *>("segmentFilter");
    QVERIFY(filter);
    StallMeter meter;
    // At a quick typist's pace: the event loop runs between keys, as it does for a person.
    QTest::keyClicks(filter, QStringLiteral("bench segment 1"), Qt::NoModifier, 30);
    meter.report();
    filter->clear();
}

void bench_Gui::pasteA10kQuery()
{
    // An unknown column in every group: the linter has a warning per line to place.
    const QString query
        = tenKilobyteQuery().replace(QStringLiteral("c.city"), QStringLiteral("c.town"));
    StallMeter meter;
    sqlField()->setPlainText(query);
    QTRY_VERIFY_WITH_TIMEOUT(queryStatus()->text().contains(QStringLiteral("town")), 10000);
    meter.report();
}

void bench_Gui::formatA10kQuery()
{
    const QString before = sqlField()->toPlainText();
    const QString statusBefore = queryStatus()->text();
    StallMeter meter;
    m_window->editor()->format();
    // The formatted text moves the first warning, so the status line changes once re-linted.
    QTRY_VERIFY_WITH_TIMEOUT(queryStatus()->text() != statusBefore, 10000);
    meter.report();
    QVERIFY(sqlField()->toPlainText() != before);
}

void bench_Gui::saveAQueryEdit()
{
    m_window->editor()->revert(); // the 10 KB edit: no unsaved-changes question
    select(QStringLiteral("Bench segment 17"));
    sqlField()->setPlainText(
        QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE country = 'Japan'"));
    QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
    StallMeter meter;
    m_window->findChild<QPushButton *>("save")->click();
    QVERIFY(finished.wait(30000));
    meter.report();
    QVERIFY(finished.first().first().toBool());
}

void bench_Gui::refreshTheCount()
{
    select(QStringLiteral("Germany"));
    auto *refresh = m_window->findChild<QPushButton *>("refresh");
    QTRY_VERIFY(refresh->isEnabled());
    QSignalSpy loaded(m_window.get(), &MainWindow::segmentLoaded);
    StallMeter meter;
    refresh->click();
    QVERIFY(loaded.wait(30000));
    meter.report();
}

QTEST_MAIN(bench_Gui)
#include "bench_gui.moc"
