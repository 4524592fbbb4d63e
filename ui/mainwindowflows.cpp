// SPDX-License-Identifier: MIT
// MainWindow's flows: load the list, open a segment, show what the edit flow reports, refresh.
// Saving: mainwindowsave.cpp.
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "editing/editflow.h"
#include "editing/erroradvice.h"
#include "editing/validationfollower.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "query/fieldcatalogue.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "statusline.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

void MainWindow::reload()
{
    m_listLoaded = false;
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
        m_editor->setListNames(m_listNames);
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
    m_listLoaded = true;
    const qsizetype count = result.value->size();
    m_statusLabel->setResting(tr("%Ln segment(s)", nullptr, int(count)));
    setIdle();
    m_list->setSegments(*result.value, m_listNames);
    if (m_list->currentSegmentId().isEmpty())
        m_list->selectSegment({});
    m_editor->setOtherNames(m_list->namesExcept(current().id));
    // F5 rereads the open segment too: its name, query or count may have changed in SendGrid.
    if (!current().id.isEmpty() && m_list->model()->rowOf(current().id) >= 0)
        m_flow->reread();
    Q_EMIT listLoaded();
    offerDrafts();
}

void MainWindow::offerDrafts()
{
    if (m_draftsOffered)
        return;
    // One question at a time: after the one showing (the first start's welcome), not over it.
    if (auto *asking = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
        connect(asking, &QDialog::finished, this, &MainWindow::offerDrafts,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    m_draftsOffered = true;
    const Result<QList<Draft>> kept = m_drafts->all();
    if (!kept.isOk())
        return sayProblem(tr("Local drafts: %1").arg(kept.error()));
    const QList<Draft> drafts = kept.value();
    if (drafts.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved edits?"),
                                drafts.size() == 1
                                    ? tr("SegmentDesk closed before your edit of \"%1\" was saved.")
                                          .arg(listedName(drafts.constFirst()))
                                    : tr("SegmentDesk closed before %1 edits were saved: %2.")
                                          .arg(drafts.size())
                                          .arg(draftNames(drafts)),
                                QMessageBox::Yes | QMessageBox::Discard, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("restoreDrafts"));
    box->setInformativeText(tr("Restore them in the editor (nothing is sent until you save)?"));
    connect(box, &QDialog::finished, this, [this, box, drafts] {
        restoreDrafts(drafts, box->standardButton(box->clickedButton()) == QMessageBox::Yes);
    });
    box->open();
}

void MainWindow::restoreDrafts(const QList<Draft> &drafts, bool restore)
{
    if (restore) {
        // The segment open already shows its own draft: switching would ask to discard it.
        for (const Draft &d : drafts)
            if (d.segmentId == current().id)
                return;
        return m_list->selectSegment(drafts.constFirst().segmentId);
    }
    QStringList ids;
    for (const Draft &d : drafts)
        ids << d.segmentId;
    sayIfFailed(tr("Local drafts"), m_drafts->removeAll(ids));
    if (ids.contains(current().id)) { // opened with its draft while the question was open
        m_flow->discardDraft();
        m_editor->revert();
    }
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
    if (id == current().id && !id.isEmpty())
        return;
    if (m_flow->isSaving()) { // the edit is on its way: nothing to discard, nothing to ask
        m_statusLabel->say(tr("Saving \"%1\"… open another segment once it is saved, or "
                              "press Esc to stop saving.")
                               .arg(m_editor->name()),
                           StatusLine::Kind::Progress);
        m_afterOpen = {};
        return keepSelection();
    }
    confirmLeavingEdit(
        [this, id] {
            if (!id.isEmpty())
                return m_flow->open(id);
            m_flow->closeSegment();
            resetPreview();
            m_editor->clear();
            m_response->clear();
            updateTitle();
        },
        [this] {
            m_afterOpen = {}; // a context-menu action waited for this segment to open
            keepSelection();
        });
}

// Stay on the edited segment: put the selection back without reopening it.
void MainWindow::keepSelection()
{
    QMetaObject::invokeMethod(
        this, [this] { m_list->selectSegment(current().id); }, Qt::QueuedConnection);
}

void MainWindow::connectFlow()
{
    connect(m_flow, &EditFlow::busy, this, [this](const QString &what) { setBusy(what, nullptr); });
    connect(m_flow, &EditFlow::failed, this, [this](const QString &message, const ApiError &e) {
        setIdle(message, e.kind != ApiError::Kind::Cancelled);
    });
    connect(m_flow, &EditFlow::finished, this,
            [this](const QString &message) { setIdle(message, true); });
    connect(m_flow, &EditFlow::storageProblem, this, &MainWindow::sayProblem);
    connect(m_flow, &EditFlow::segmentChanged, m_list, &SegmentListPanel::updateSegment);
    connect(m_flow, &EditFlow::queryEdited, m_list, &SegmentListPanel::noteQueryEdited);
    connect(m_flow, &EditFlow::opened, this, &MainWindow::onSegmentOpened);
    connect(m_flow, &EditFlow::saveWaiting, this,
            [this](const QString &text) { m_statusLabel->say(text, StatusLine::Kind::Progress); });
    connect(m_flow, &EditFlow::conflict, this, &MainWindow::onConflict);
    connect(m_flow, &EditFlow::saved, this, &MainWindow::onSaved);
    connect(m_flow, &EditFlow::notSaved, this, &MainWindow::onNotSaved);
    connectFollowUp();
}

// The validation follow-up after a save reports in the status bar and the response view.
void MainWindow::connectFollowUp()
{
    connect(m_flow, &EditFlow::validationChecked, this, [this](int check) {
        m_statusLabel->say(tr("SendGrid is checking the query… (check %1 of %2, Esc stops "
                              "following)")
                               .arg(check)
                               .arg(ValidationFollower::maxChecks),
                           StatusLine::Kind::Progress);
    });
    connect(m_flow, &EditFlow::validationSettled, this, [this](const Segment &s) {
        showCurrent();
        if (s.status.validation() == SegmentStatus::Validation::Invalid)
            m_editor->showServerQueryError(s.status.errorMessage);
        setIdle(tr("SendGrid says the query is %1.").arg(s.status.queryValidation));
        Q_EMIT validationSettled();
    });
    connect(m_flow, &EditFlow::validationGaveUp, this,
            [this](const ApiError &e) { setIdle(e.toDisplayString(), true); });
    connect(m_flow, &EditFlow::countArrived, this, [this](const Segment &, const QString &word) {
        showCurrent();
        if (!word.isEmpty())
            sayProblem(word);
    });
    connect(m_flow, &EditFlow::countGaveUp, this, [this](const ApiError &e) {
        if (e.kind != ApiError::Kind::Cancelled)
            m_statusLabel->say(e.toDisplayString(), StatusLine::Kind::Notice);
    });
}

void MainWindow::onSegmentOpened(const Segment &segment, const std::optional<Draft> &draft)
{
    setIdle(std::exchange(m_notice, QString())); // what led here (a delete), if anything
    m_editor->load(segment.name, segment.queryDsl, draft ? draft->name : segment.name,
                   draft ? draft->queryDsl : segment.queryDsl, m_list->namesExcept(segment.id));
    if (draft)
        m_statusLabel->say(
            tr("Restored your unsaved edit from %1.")
                .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
            StatusLine::Kind::Notice);
    m_list->selectSegment(segment.id); // after "Save, then open B", the list follows the editor
    showCurrent();
    resetPreview();
    if (m_flow->isFollowing())
        m_cancel->show();
    Q_EMIT segmentLoaded(segment.id);
    runAfterOpen();
}

void MainWindow::showCurrent()
{
    m_response->showSegment(current(), m_listNames, m_flow->queryEditedAt());
    updateTitle();
}

void MainWindow::noteEdit()
{
    updateTitle();
    if (m_editor->isDirty())
        m_statusLabel->dropNotice(); // "Saved" or "Copied" is about the state before this edit
    m_flow->noteEdit({m_editor->name(), m_editor->query()}, m_editor->isDirty());
    previewEdit();
}

void MainWindow::refreshCount()
{
    m_flow->refreshCount(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    setIdle(ErrorAdvice::describe(what, error), error.kind != ApiError::Kind::Cancelled);
}
