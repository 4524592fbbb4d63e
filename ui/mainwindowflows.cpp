// SPDX-License-Identifier: MIT
// MainWindow's flows: load the list, open a segment, keep drafts, refresh. Saving:
// mainwindowsave.cpp.
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
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

void MainWindow::reload()
{
    m_list->showLoading();
    setBusy(tr("Loading segments…"),
            m_segmentsApi->list({}, this, [this](const auto &result) { onListLoaded(result); }));
    loadLists();
    loadFields();
}

void MainWindow::loadLists()
{
    // List names label the parent-list column; without them the ids are shown.
    m_listsApi->list(1000, {}, this, [this](const ApiResult<ContactListPage> &page) {
        if (!page.isOk())
            return;
        for (const ContactList &list : page.value->lists)
            m_listNames.insert(list.id, list.name);
        m_list->setListNames(m_listNames);
    });
}

void MainWindow::loadFields()
{
    m_fieldsApi->list(this, [this](const ApiResult<QList<FieldDefinition>> &fields) {
        if (fields.isOk())
            m_editor->setCatalogue(FieldCatalogue(*fields.value));
    });
}

void MainWindow::onListLoaded(const ApiResult<QList<SegmentSummary>> &result)
{
    if (!result.isOk()) {
        m_list->showError(result.error.toDisplayString());
        return showError(tr("Loading segments failed"), result.error);
    }
    const qsizetype count = result.value->size();
    setIdle(count == 1 ? tr("1 segment") : tr("%1 segments").arg(QLocale().toString(count)));
    m_list->setSegments(*result.value, m_listNames);
    if (m_list->currentSegmentId().isEmpty())
        m_list->selectSegment({});
    m_editor->setOtherNames(m_list->namesExcept(m_current.id));
    Q_EMIT listLoaded();
    offerDrafts();
}

void MainWindow::offerDrafts()
{
    if (m_draftsOffered)
        return;
    m_draftsOffered = true;
    const Result<QList<Draft>> kept = m_drafts->all();
    if (!checkDraftStore(kept.isOk() ? VoidResult::success() : VoidResult::failure(kept.error())))
        return;
    const QList<Draft> &drafts = kept.value();
    if (drafts.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved edits?"),
                    drafts.size() == 1
                        ? tr("SegmentDesk closed before your edit of \"%1\" was saved.")
                              .arg(listedName(drafts.constFirst()))
                        : tr("SegmentDesk closed before %1 edits were saved: %2.")
                              .arg(drafts.size())
                              .arg(draftNames(drafts)),
                    QMessageBox::Yes | QMessageBox::Discard, this);
    box.setObjectName(QStringLiteral("restoreDrafts"));
    box.setInformativeText(tr("Restore them in the editor (nothing is sent until you save)?"));
    if (box.exec() != QMessageBox::Yes) {
        QStringList ids;
        for (const Draft &d : drafts)
            ids << d.segmentId;
        checkDraftStore(m_drafts->removeAll(ids));
        return;
    }
    m_list->selectSegment(drafts.constFirst().segmentId);
}

// The segment's name as listed (the draft may rename it), else the draft's own.
QString MainWindow::listedName(const Draft &draft) const
{
    for (const SegmentSummary &s : m_list->model()->segments()) {
        if (s.id == draft.segmentId)
            return s.name;
    }
    return draft.name;
}

QString MainWindow::draftNames(const QList<Draft> &drafts) const
{
    QStringList names;
    for (const Draft &d : drafts)
        names << u'"' + listedName(d) + u'"';
    return names.join(QStringLiteral(", "));
}

void MainWindow::openSegment(const QString &id)
{
    if (id == m_current.id && !id.isEmpty())
        return;
    if (m_saveSession) { // the edit is on its way: nothing to discard, nothing to ask
        m_statusLabel->setText(tr("Saving \"%1\"… open another segment once it is saved, or "
                                  "press Esc to stop saving.")
                                   .arg(m_editor->name()));
        QMetaObject::invokeMethod(
            this, [this] { m_list->selectSegment(m_current.id); }, Qt::QueuedConnection);
        return;
    }
    if (!confirmLeavingEdit()) {
        // Stay on the edited segment: put the selection back without reopening it.
        QMetaObject::invokeMethod(
            this, [this] { m_list->selectSegment(m_current.id); }, Qt::QueuedConnection);
        return;
    }
    m_follower->cancel();
    if (id.isEmpty()) {
        m_current = {};
        m_editor->clear();
        m_response->clear();
        return updateTitle();
    }
    loadSegment(id);
}

// Reads the segment with its sample and shows it (with a kept draft, if any).
void MainWindow::loadSegment(const QString &id)
{
    writePendingDraft(); // kept under the segment it belongs to
    if (m_call)
        m_call->cancel();
    setBusy(tr("Opening segment…"), m_segmentsApi->get(id, true, this, [this](const auto &result) {
        onSegmentLoaded(result);
    }));
}

void MainWindow::onSegmentLoaded(const ApiResult<Segment> &result)
{
    if (!result.isOk())
        return showError(tr("Opening the segment failed"), result.error);
    setIdle(std::exchange(m_notice, QString())); // what led here (a delete), if anything
    m_current = *result.value;
    recordVersion(m_current, false);
    m_list->updateSegment(m_current); // the list shows each segment as last read
    const Result<std::optional<Draft>> found = m_drafts->find(m_current.id);
    checkDraftStore(found.isOk() ? VoidResult::success() : VoidResult::failure(found.error()));
    const std::optional<Draft> draft = found.isOk() ? found.value() : std::nullopt;
    m_editor->load(m_current.name, m_current.queryDsl, draft ? draft->name : m_current.name,
                   draft ? draft->queryDsl : m_current.queryDsl, m_list->namesExcept(m_current.id));
    if (draft)
        m_statusLabel->setText(
            tr("Restored your unsaved edit from %1.")
                .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_response->showSegment(m_current, m_listNames, m_queryEditedAt.value(m_current.id));
    updateTitle();
    if (m_current.status.validation() == SegmentStatus::Validation::Pending)
        m_follower->follow(m_current.id); // someone's edit is still being checked
    Q_EMIT segmentLoaded(m_current.id);
    runAfterOpen();
}

// A draft write takes 1–20 ms: it happens when typing pauses, not at every keystroke. A crash
// loses at most the last pause's typing; everything that could lose more writes it first.
void MainWindow::setUpSaveTimers()
{
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::writeDraft);
    m_saveWaitTicker->setInterval(1000);
    connect(m_saveWaitTicker, &QTimer::timeout, this, &MainWindow::showSaveWait);
}

void MainWindow::keepDraft()
{
    updateTitle();
    // The editor also reports re-highlighting after each lint (about every 150 ms) as an edit:
    // only a change of the text waits for a pause, or the pause would never come.
    const QStringList edit {m_current.id, m_editor->name(), m_editor->query()};
    if (edit == std::exchange(m_lastEdit, edit))
        return;
    m_draftTimer->start();
}

void MainWindow::writePendingDraft()
{
    if (m_draftTimer->isActive())
        writeDraft();
}

void MainWindow::writeDraft()
{
    m_draftTimer->stop();
    if (m_current.id.isEmpty())
        return;
    if (!m_editor->isDirty()) {
        checkDraftStore(m_drafts->remove(m_current.id));
        return;
    }
    checkDraftStore(m_drafts->save({m_current.id, m_editor->name(), m_editor->query(),
                                    m_current.updatedAt.raw, QDateTime::currentDateTimeUtc()}));
}

void MainWindow::recordVersion(const Segment &segment, bool savedHere)
{
    if (!m_accounts.history)
        return;
    const Result<HistoryVersion> recorded = m_accounts.history->record(HistoryVersion::fromSegment(
        m_active.id.toString(QUuid::WithoutBraces), segment,
        savedHere ? HistoryVersion::Source::ThisApp : HistoryVersion::Source::Elsewhere));
    if (!recorded.isOk())
        m_statusLabel->setText(tr("Local history: %1").arg(recorded.error()));
}

bool MainWindow::checkDraftStore(const VoidResult &result)
{
    if (!result.isOk())
        m_statusLabel->setText(tr("Local drafts: %1").arg(result.error()));
    return result.isOk();
}

void MainWindow::refreshCount()
{
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QString id = m_current.id;
    setBusy(tr("Counting \"%1\"…").arg(m_current.name),
            m_segmentsApi->refresh(id, zone, this, [this, id](const ApiResult<RefreshJob> &result) {
                if (result.error.kind == ApiError::Kind::RateLimited)
                    return setIdle(RefreshQuota::explainRefusal(result.error,
                                                                QDateTime::currentDateTimeUtc()));
                if (!result.isOk())
                    return showError(tr("Refresh failed"), result.error);
                loadSegment(id);
            }));
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    QString next;
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        next = error.rateLimitReset.isValid()
            ? tr(" Try again after %1.")
                  .arg(QLocale().toString(error.rateLimitReset.toLocalTime().time()))
            : tr(" Try again later.");
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        next = error.mayHaveBeenApplied
            ? tr(" Reload (F5) to see whether it was applied before saving again.")
            : tr(" Check the connection and try again (F5 reloads, Ctrl+S saves).");
        break;
    case ApiError::Kind::Cancelled:
        return setIdle(tr("Cancelled."));
    default:
        break;
    }
    // The window's next step replaces the generic one the error text ends with (said twice before).
    const QString text = error.toDisplayString();
    setIdle(QStringLiteral("%1: %2%3")
                .arg(what, next.isEmpty() ? text : text.section(u'\n', 0, -2), next));
}
