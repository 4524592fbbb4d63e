// SPDX-License-Identifier: MIT
// MainWindow's save: confirmations, the save session, its waits, conflicts and outcomes.
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "confirmation.h"
#include "conflictdialog.h"
#include "editing/refreshquota.h"
#include "editing/savesession.h"
#include "editing/validationfollower.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "query/fieldcatalogue.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

void MainWindow::save()
{
    if (m_saveSession || m_current.id.isEmpty())
        return;
    writePendingDraft(); // a save that fails or is stopped keeps the edit
    if (!confirmProduction(tr("Save \"%1\"").arg(m_editor->name())) || !confirmInvalidQuery())
        return;
    m_editor->setSaving(true);
    auto *session
        = new SaveSession(m_segmentsApi, m_current, m_editor->name(), m_editor->query(), this);
    m_saveSession = session;
    connect(session, &SaveSession::conflict, this, &MainWindow::onConflict);
    connect(session, &SaveSession::saved, this, [this](const Segment &s) { onSaved(s); });
    connect(session, &SaveSession::failed, this, &MainWindow::onSaveFailed);
    connect(session, &SaveSession::outcomeChecked, this, &MainWindow::onSaveOutcomeChecked);
    connect(session, &SaveSession::nothingToSave, this, [this] { onSaved(m_current); });
    connect(session, &SaveSession::retryScheduled, this, &MainWindow::onSaveRetry);
    setBusy(tr("Saving \"%1\"…").arg(m_editor->name()), nullptr);
    session->start();
}

// "Save anyway": SendGrid marks the segment INVALID and it matches nobody until fixed.
bool MainWindow::confirmInvalidQuery()
{
    const QString error = m_editor->firstQueryError();
    if (error.isEmpty() || m_editor->query() == m_current.queryDsl)
        return true;
    return Confirmation {QStringLiteral("confirmInvalidQuery"), tr("Save a query with errors?"),
                         tr("The query of \"%1\" has an error:\n%2").arg(m_editor->name(), error),
                         tr("SendGrid will mark the segment INVALID: campaigns that use it reach "
                            "nobody until the query is fixed. The saved query stays in the local "
                            "history, so it can be restored."),
                         QMessageBox::Save}
        .ask(this);
}

// Ends the session at once, so that a save right after this one (Ctrl+S again) is not taken for
// one still running; the object itself goes once its signal has returned.
void MainWindow::endSaveSession()
{
    m_saveWaitTicker->stop();
    m_saveSession->deleteLater();
    m_saveSession.clear();
}

// A bare "Saving…" for a minute looks hung: say what the save waits for and count down.
void MainWindow::onSaveRetry(qint64 delayMs, const ApiError &cause)
{
    m_saveRetryAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_saveRetryCause = cause;
    showSaveWait();
    m_saveWaitTicker->start();
}

void MainWindow::showSaveWait()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_saveRetryAt);
    if (left <= 0 || !m_saveSession) {
        m_saveWaitTicker->stop();
        return m_statusLabel->setText(tr("Saving \"%1\"…").arg(m_editor->name()));
    }
    m_statusLabel->setText(
        SaveSession::waitText(m_editor->name(), m_saveRetryCause, int((left + 999) / 1000)));
}

void MainWindow::onConflict(const Segment &theirs)
{
    ConflictDialog dialog({m_current.name, m_current.queryDsl}, {theirs.name, theirs.queryDsl},
                          {m_editor->name(), m_editor->query()}, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Choice::KeepMine:
        return m_saveSession->overwrite();
    case ConflictDialog::Choice::TakeTheirs:
        endSaveSession();
        m_editor->setSaving(false);
        checkDraftStore(m_drafts->remove(m_current.id));
        loadSegment(theirs.id);
        return;
    case ConflictDialog::Choice::Cancel:
        endSaveSession();
        m_editor->setSaving(false);
        m_closeAfterSave = false;
        setIdle(tr("Not saved: the segment changed in SendGrid. Your edit is kept."));
        Q_EMIT saveFinished(false);
    }
}

void MainWindow::onSaved(const Segment &segment, const QString &message)
{
    endSaveSession();
    m_editor->setSaving(false);
    const QString id = segment.id;
    checkDraftStore(m_drafts->remove(id));
    const QList<Contact> previousSample = m_current.contactsSample;
    if (segment.queryDsl != m_current.queryDsl)
        m_queryEditedAt.insert(segment.id, QDateTime::currentDateTimeUtc());
    m_current = segment;
    recordVersion(segment, true);
    if (!segment.hasSample)
        m_current.contactsSample = previousSample;
    m_editor->load(m_current.name, m_current.queryDsl, m_current.name, m_current.queryDsl,
                   m_list->namesExcept(id));
    m_response->showSegment(m_current, m_listNames, m_queryEditedAt.value(m_current.id));
    m_list->updateSegment(m_current);
    updateTitle();
    setIdle(message.isEmpty() ? tr("Saved \"%1\".").arg(segment.name) : message);
    if (segment.status.validation() == SegmentStatus::Validation::Pending && !m_closeAfterSave) {
        m_follower->follow(id);
        m_cancel->show();
    }
    Q_EMIT saveFinished(true);
    if (std::exchange(m_closeAfterSave, false))
        close(); // "Save" in the close question: saved, so the window goes as asked
}

void MainWindow::onSaveFailed(const ApiError &error)
{
    endSaveSession();
    m_editor->setSaving(false);
    if (const QString name = error.messageForField(QStringLiteral("name")); !name.isEmpty())
        m_editor->showServerNameError(name);
    if (const QString query = error.messageForField(QStringLiteral("query_dsl")); !query.isEmpty())
        m_editor->showServerQueryError(query);
    m_closeAfterSave = false;
    if (error.kind == ApiError::Kind::Cancelled)
        setIdle(tr("Not saved: the save was stopped. Your edit is kept; Ctrl+S sends it."));
    else
        showError(tr("Not saved (your edit is kept)"), error);
    Q_EMIT saveFinished(false);
}

// The PATCH's connection broke after it may have reached SendGrid; the segment was read again.
void MainWindow::onSaveOutcomeChecked(const Segment &current, bool applied, const ApiError &cause)
{
    if (applied)
        return onSaved(current,
                       tr("Saved \"%1\": the connection broke before SendGrid confirmed, but the "
                          "segment in SendGrid has your change.")
                           .arg(current.name));
    endSaveSession();
    m_editor->setSaving(false);
    m_closeAfterSave = false;
    setIdle(tr("Not saved: the connection broke before SendGrid confirmed (%1), and the segment "
               "in SendGrid does not have your change. Your edit is kept. Check the connection "
               "and save again (Ctrl+S) to send it.")
                .arg(cause.message));
    Q_EMIT saveFinished(false);
}
