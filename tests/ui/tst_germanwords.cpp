// SPDX-License-Identifier: MIT
// The German window says in German what the marketer met in English (#19 §5, #20 §3): a lint
// error, SendGrid's 400, a preview's reason; the API-key hint fits the profile dialog; a name
// that differs from another only in case is warned about.
#include "editing/livepreviewplan.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "segmenteditorpanel.h"
#include "support/sandboxfixture.h"
#include "support/windowharness.h"
#include "translations.h"
#include "usagedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

class tst_GermanWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lintErrorIsGerman();
    void sendGridRejectionIsGerman();
    void previewReasonIsGerman();
    void apiKeyHintFits();
    void lookalikeNameIsWarnedAbout();
    void userGuideIsGerman();

private:
    QLabel *label(const char *name) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_GermanWords::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY(m_harness->open());
}

QLabel *tst_GermanWords::label(const char *name) const
{
    return m_harness->window()->findChild<QLabel *>(QLatin1String(name));
}

void tst_GermanWords::lintErrorIsGerman()
{
    m_harness->sqlField()->setPlainText(
        QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE cuntry = 'DE'"));
    QTRY_VERIFY2(label("queryStatus")->text().contains(QStringLiteral("Unbekannte Spalte")),
                 qPrintable(label("queryStatus")->text()));
    QVERIFY2(label("queryStatus")->text().contains(QStringLiteral("Fehler")),
             qPrintable(label("queryStatus")->text()));
    m_harness->window()->editor()->revert();
}

// A name taken in SendGrid after the list was read: the editor lets it through, SendGrid says 400.
void tst_GermanWords::sendGridRejectionIsGerman()
{
    QVERIFY(!m_sandbox
                 .createSegment(QStringLiteral("Taken meanwhile"),
                                QStringLiteral("SELECT contact_id, updated_at FROM "
                                               "contact_data WHERE country = 'Spain'"))
                 .isEmpty());
    m_harness->nameField()->setText(QStringLiteral("Taken meanwhile"));
    QVERIFY(!m_harness->saveAndWait());
    QTRY_VERIFY2(label("nameError")
                     ->text()
                     .contains(QStringLiteral("ein Segment mit diesem Namen gibt es bereits")),
                 qPrintable(label("nameError")->text()));
    const QString status = m_harness->window()->statusMessage();
    QVERIFY2(status.contains(QStringLiteral("Nicht gespeichert"))
                 && status.contains(QStringLiteral("abgelehnt"))
                 && !status.contains(QStringLiteral("already exists")),
             qPrintable(status));
    m_harness->window()->editor()->revert();
}

void tst_GermanWords::previewReasonIsGerman()
{
    // On an account (not the sandbox), timestampadd() has no contacts-search equivalent.
    const LivePreviewPlan plan = LivePreviewPlan::make(
        QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE created_at > "
                       "timestampadd(day, -7, now())"),
        {}, {}, false);
    QVERIFY2(plan.matches.reason.contains(QStringLiteral("Kontaktsuche")),
             qPrintable(plan.matches.reason));
}

void tst_GermanWords::apiKeyHintFits()
{
    Profile account;
    account.name = QStringLiteral("Acme");
    account.region = Profile::Region::Custom;
    account.customUrl = m_sandbox.baseUrl();
    const Result<Profile> added = m_harness->profiles().add(account);
    QVERIFY(added.isOk());
    m_harness->window()->showProfiles();
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_harness->window()->findChild<ProfileDialog *>("profileDialog")));
    dialog->select(added.value().id);
    auto *hint = dialog->findChild<QLabel *>("profileKeyHint");
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(QStringLiteral("Im Schlüsselbund")), qPrintable(hint->text()));
    QVERIFY(dialog->findChild<QLineEdit *>("profileKey")->placeholderText().isEmpty());
    // Every line of the hint is inside the label: nothing is cut off.
    const QRect room = hint->contentsRect();
    const QRect needed = hint->fontMetrics().boundingRect(room, Qt::TextWordWrap, hint->text());
    QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
             qPrintable(QStringLiteral("needs %1×%2, has %3×%4")
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(room.width())
                            .arg(room.height())));
    dialog->close();
}

void tst_GermanWords::lookalikeNameIsWarnedAbout()
{
    m_harness->nameField()->setText(QStringLiteral("GERMANY"));
    QTRY_VERIFY2(label("nameError")->text().contains(QStringLiteral("„Germany“")),
                 qPrintable(label("nameError")->text()));
    m_harness->window()->editor()->revert();
    QVERIFY(label("nameError")->text().isEmpty());
}

void tst_GermanWords::userGuideIsGerman()
{
    QVERIFY(UsageDialog::usageMarkdown().startsWith(QStringLiteral("# SegmentDesk benutzen")));
}

QTEST_MAIN(tst_GermanWords)
#include "tst_germanwords.moc"
