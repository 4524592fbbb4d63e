// SPDX-License-Identifier: MIT
// The GUI thread with huge data (DESIGN budget: never blocked for more than 50 ms): a 1.5 MB
// query, typing into it, a 20,000-term query on one line, and a contact sample whose fields hold
// 600 KB each. A 1 ms timer ticks on the GUI thread while the window works; the longest gap
// between two ticks is the longest it could not repaint or take input. Run by scripts/bench.
#include "mainwindow.h"
#include "segmenteditorpanel.h"
#include "stallmeter.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// About 1.5 MB: 20,000 conditions, one per line, as a generated query is written.
QString megaQuery(const QString &separator)
{
    QString query = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data AS c WHERE c.city = 'City 0'");
    for (int i = 1; i < 20000; ++i)
        query += separator
            + QStringLiteral("OR (c.city = 'City %1' AND c.created_at > '2026-01-01T00:00:00Z')")
                  .arg(i);
    return query;
}

} // namespace

class bench_HugeData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pasteA1500kQuery();
    void typeAtTheEndOfA1500kQuery();
    void pasteA20000TermLine();
    void openASampleOfHugeFields();

private:
    QPlainTextEdit *sqlField() const { return m_harness->sqlField(); }
    QString status() const
    {
        return m_harness->window()->findChild<QLabel *>("queryStatus")->text();
    }
    void pasteAndWaitForLint(const QString &query);

    QTemporaryDir m_data;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void bench_HugeData::initTestCase()
{
    SandboxOptions options = SandboxFixture::defaults();
    options.dataDir = m_data.path();
    options.timeScale = 1; // counts are not recomputed behind the measurements' backs
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    QVERIFY(m_harness->open());
    m_harness->window()->resize(1280, 800);
}

void bench_HugeData::cleanupTestCase()
{
    if (m_harness)
        m_harness->window()->editor()->revert(); // no unsaved-changes question on close
}

void bench_HugeData::pasteAndWaitForLint(const QString &query)
{
    const QString before = status();
    QGuiApplication::clipboard()->setText(query);
    StallMeter meter;
    sqlField()->selectAll();
    sqlField()->paste();
    QTRY_VERIFY_WITH_TIMEOUT(status() != before, 120000);
    QTest::qWait(200); // what follows the lint (preview, drafts) belongs to the same paste
    meter.report();
}

void bench_HugeData::pasteA1500kQuery()
{
    // An unknown column in every line: the linter has 20,000 warnings to place and underline.
    pasteAndWaitForLint(megaQuery(QStringLiteral("\n  ")).replace("c.city", "c.town"));
}

void bench_HugeData::typeAtTheEndOfA1500kQuery()
{
    sqlField()->moveCursor(QTextCursor::End);
    StallMeter meter;
    QTest::keyClicks(sqlField(), QStringLiteral(" OR c.country = 'Peru'"), Qt::NoModifier, 30);
    QTest::qWait(500); // the lint after the pause in typing
    meter.report();
}

void bench_HugeData::pasteA20000TermLine()
{
    // One unknown column, at the end: one warning, unlike the status any other paste leaves.
    pasteAndWaitForLint(megaQuery(QStringLiteral(" ")) + QStringLiteral(" OR c.town = 'Lima'"));
}

void bench_HugeData::openASampleOfHugeFields()
{
    m_harness->window()->editor()->revert();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(QDir(m_data.path()).filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE contact_data SET first_name = printf('%.*c', 600000, 'x') WHERE contact_id IN "
            "(SELECT contact_id FROM contact_data ORDER BY contact_id LIMIT 50)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    const QString id
        = m_sandbox->createSegment(QStringLiteral("Huge names"),
                                   QStringLiteral("SELECT contact_id, updated_at FROM contact_data "
                                                  "WHERE length(first_name) > 100000"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox->settledSegment(id)["contacts_count"].toInt(), 50);
    m_harness->window()->reload();
    auto *list = m_harness->window()->findChild<QTableView *>("segmentTable")->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        !list->match(list->index(0, 0), Qt::DisplayRole, "Huge names").isEmpty(), 30000);
    StallMeter meter;
    QVERIFY(m_harness->select(QStringLiteral("Huge names")));
    QTest::qWait(500); // the sample table lays its rows out after the segment opens
    meter.report();
}

QTEST_MAIN(bench_HugeData)
#include "bench_hugedata.moc"
