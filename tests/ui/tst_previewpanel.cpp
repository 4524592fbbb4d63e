// SPDX-License-Identifier: MIT
// The live preview in the window: an unsaved query's matches, joins and leaves, labelled as a
// preview next to the saved count, gone once the query is as saved.
#include "editing/livepreview.h"
#include "previewpanel.h"
#include "responsepanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class tst_PreviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unsavedQueryIsPreviewedAsAPreview();
    void previewGoesWhenTheQueryIsAsSaved();
    void engagementIsCountedBeforeSaving();
    void previewCountIsTheCountAfterSaving();

private:
    QString text(const char *objectName) const
    {
        auto *label = m_harness->window()->findChild<QLabel *>(objectName);
        return label ? label->text() : QStringLiteral("(no label %1)").arg(objectName);
    }
    /// The sandbox's own answer to the contacts search `sgql`.
    qint64 searchCount(const QString &sgql);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_PreviewPanel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    QVERIFY(m_harness->open());
    QVERIFY(m_harness->select("Germany"));
}

void tst_PreviewPanel::cleanup()
{
    m_harness.reset();
    m_sandbox.reset();
}

qint64 tst_PreviewPanel::searchCount(const QString &sgql)
{
    return m_sandbox
        ->send("POST", "/v3/marketing/contacts/search", "/v3/marketing/contacts/search",
               QJsonObject {{"query", sgql}})
        .json()["contact_count"]
        .toInteger(-1);
}

void tst_PreviewPanel::unsavedQueryIsPreviewedAsAPreview()
{
    auto *preview = m_harness->window()->preview();
    QVERIFY(!preview->isVisible()); // nothing edited yet
    const QString saved = m_harness->sqlField()->toPlainText();
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(
        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'France'");
    QVERIFY(previewed.wait(10000));
    QVERIFY(preview->isVisible());
    QVERIFY2(text("previewHeading").contains("Preview of your unsaved query as of")
                 && text("previewHeading").contains("not a saved count"),
             qPrintable(text("previewHeading")));
    const qint64 france = searchCount("country = 'France'");
    QVERIFY(france > 0);
    QVERIFY2(text("previewMatches").startsWith(QLocale().toString(france) + " contacts"),
             qPrintable(text("previewMatches")));
    // Against the saved "Germany": nobody is in both, so all of France joins, all of Germany
    // leaves.
    QVERIFY2(text("previewJoins").startsWith(QLocale().toString(france) + " contacts"),
             qPrintable(text("previewJoins")));
    QVERIFY2(text("previewLeaves")
                 .startsWith(QLocale().toString(searchCount("country = 'Germany'")) + " contacts"),
             qPrintable(text("previewLeaves")));
    QVERIFY(!text("count").contains("Preview")); // the saved count keeps its own line
    // Shown with room for its lines, not squeezed away by the response below.
    QTRY_VERIFY(preview->height() >= preview->heightForWidth(preview->width()));
    m_harness->window()->resize(1280, 800);
    QVERIFY(Screenshots::keep(m_harness->window(), QStringLiteral("live-preview.png")));
    QVERIFY(saved.contains("Germany"));
}

void tst_PreviewPanel::previewGoesWhenTheQueryIsAsSaved()
{
    const QString saved = m_harness->sqlField()->toPlainText();
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(
        "SELECT contact_id, updated_at FROM contact_data WHERE country = 'Spain'");
    QVERIFY(previewed.wait(10000));
    QVERIFY(m_harness->window()->preview()->isVisible());
    m_harness->sqlField()->setPlainText(saved);
    QVERIFY(!m_harness->window()->preview()->isVisible());
}

// #19 §2: "opened an email" has no contacts-search equivalent, yet the sandbox counts it before
// saving, as the segment will be counted once saved.
void tst_PreviewPanel::engagementIsCountedBeforeSaving()
{
    const QString query = QStringLiteral(
        "SELECT contact_id, updated_at FROM contact_data WHERE contact_id IN (SELECT contact_id "
        "FROM event_data WHERE event_type = 'open')");
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(query);
    QVERIFY(previewed.wait(10000));
    const QString id = m_sandbox->createSegment(QStringLiteral("Openers, saved"), query);
    const qint64 saved = m_sandbox->settledSegment(id)["contacts_count"].toInteger(-1);
    QVERIFY(saved > 0);
    QVERIFY2(text("previewMatches").startsWith(QLocale().toString(saved) + " contacts: "),
             qPrintable(text("previewMatches")));
}

// What the preview promised is what SendGrid (the sandbox) counts once the query is saved and
// the segment recounted.
void tst_PreviewPanel::previewCountIsTheCountAfterSaving()
{
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText("SELECT contact_id, updated_at FROM contact_data WHERE "
                                        "country = 'France' OR city = 'Berlin'");
    QVERIFY(previewed.wait(10000));
    const auto result = previewed.last().first().value<LivePreviewResult>();
    QVERIFY(result.matches.isOk());
    const qint64 promised = result.matches.count();
    QVERIFY(promised > 0);
    QSignalSpy settled(m_harness->window(), &MainWindow::validationSettled);
    QVERIFY(m_harness->saveAndWait());
    QVERIFY(!m_harness->window()->preview()->isVisible()); // saved: nothing unsaved to preview
    QVERIFY(settled.count() > 0 || settled.wait(15000));
    // A recount is "from the previous query" unless it is later than the save: a second later.
    m_sandbox->clock().moveOn(std::chrono::seconds(1));
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    m_harness->window()->findChild<QPushButton *>("refresh")->click();
    QVERIFY2(opened.wait(10000), qPrintable(m_harness->window()->statusMessage()));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    QCOMPARE(m_harness->fromApi(id)["contacts_count"].toInteger(), promised);
    QVERIFY2(text("count").startsWith(QLocale().toString(promised) + " as of"),
             qPrintable(text("count")));
}

QTEST_MAIN(tst_PreviewPanel)
#include "tst_previewpanel.moc"
