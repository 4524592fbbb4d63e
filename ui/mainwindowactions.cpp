// SPDX-License-Identifier: MIT
// MainWindow's segment actions: new (from a template), duplicate and delete.
#include "api/segmentsapi.h"
#include "confirmation.h"
#include "editing/editflow.h"
#include "editing/namerules.h"
#include "editing/segmenttemplates.h"
#include "editing/segmentwrite.h"
#include "icons.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "newsegmentdialog.h"
#include "recreatedialog.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

void MainWindow::createSegmentActions(QMenu *menu)
{
    m_newAction
        = menu->addAction(Icons::action("new"), tr("&New segment…"), this, &MainWindow::newSegment);
    m_newAction->setShortcut(QKeySequence::New);
    m_duplicateAction = menu->addAction(Icons::action("duplicate"), tr("&Duplicate"), this,
                                        &MainWindow::duplicateSegment);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = menu->addAction(Icons::action("delete"), tr("De&lete…"), this,
                                     &MainWindow::deleteSegment);
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_recreateAction = menu->addAction(Icons::action("recreate"), tr("&Recreate deleted segment…"),
                                       this, &MainWindow::recreateSegment);
    for (QAction *a : {m_newAction, m_duplicateAction, m_deleteAction, m_recreateAction})
        a->setObjectName(a->text().remove(u'&').remove(u'…').toLower().replace(u' ', u'_'));
}

// The list's context menu acts on the row under the pointer: another segment opens first (asking
// about unsaved edits as a click would), then the action runs on it.
void MainWindow::actOnRow(const QString &id, void (MainWindow::*action)())
{
    if (id == current().id)
        return (this->*action)();
    m_afterOpen = {id, action};
    m_list->selectSegment(id);
}

void MainWindow::runAfterOpen()
{
    const auto [id, action] = std::exchange(m_afterOpen, {});
    if (action && id == current().id)
        (this->*action)();
}

void MainWindow::updateSegmentActions(const QString &readOnlyReason)
{
    for (QAction *a : {m_newAction, m_duplicateAction, m_deleteAction, m_recreateAction}) {
        a->setEnabled(readOnlyReason.isEmpty());
        a->setToolTip(readOnlyReason);
    }
}

void MainWindow::newSegment()
{
    if (!m_newAction->isEnabled())
        return;
    confirmLeavingEdit([this] {
        const QString firstList = m_listNames.isEmpty() ? QString() : m_listNames.keys().first();
        auto *dialog
            = new NewSegmentDialog(SegmentTemplates::all(firstList), m_list->namesExcept({}), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            createSegment({dialog->name(), dialog->queryDsl(), {}});
        });
        dialog->open();
    });
}

void MainWindow::duplicateSegment()
{
    if (!m_duplicateAction->isEnabled() || current().id.isEmpty())
        return;
    confirmLeavingEdit([this] {
        const Segment &original = current();
        createSegment({NameRules::copyName(original.name, m_list->namesExcept({})),
                       original.queryDsl, original.parentListIds});
    });
}

// A reply that does not say whether the segment was made (a gateway's 502 or 504, a body cut
// short) is checked by the segment's name: "retry later" made a second copy of a duplicate.
void MainWindow::createSegment(const SegmentCreate &segment)
{
    confirmProduction(tr("Create \"%1\"").arg(segment.name), [this, segment] {
        auto *write = SegmentWrite::create(m_segmentsApi, segment, this);
        connect(write, &SegmentWrite::callStarted, this, [this, segment](ApiCall *call) {
            setBusy(tr("Creating \"%1\"…").arg(segment.name), call);
        });
        connect(write, &SegmentWrite::finished, this, [this](const WriteOutcome &created) {
            if (created.fate != WriteOutcome::Fate::Written)
                return showError(tr("Not created"), created.error);
            setIdle();
            m_notice = tr("Created \"%1\".").arg(created.segment->name); // once open
            m_flow->recordSaved(*created.segment);
            m_list->updateSegment(*created.segment);
            m_list->selectSegment(created.segment->id); // opens it
        });
        write->start();
    });
}

void MainWindow::deleteSegment()
{
    if (!m_deleteAction->isEnabled() || current().id.isEmpty())
        return;
    if (m_flow->isSaving())
        return sayProblem(
            tr("\"%1\" is being saved: delete it once the save has landed.").arg(current().name));
    const Segment doomed = current();
    Confirmation {QStringLiteral("confirmDelete"), tr("Delete segment"),
                  doomed.isCounted()
                      ? tr("Delete \"%1\" (%Ln contact(s)) from SendGrid?", nullptr,
                           int(doomed.contactsCount))
                            .arg(doomed.name)
                      : tr("Delete \"%1\" (not counted yet) from SendGrid?").arg(doomed.name),
                  tr("Campaigns and automations that use it stop finding its contacts. "
                     "SendGrid cannot undo this; its versions stay in the local history.")}
        .ask(this, [this, doomed] {
            confirmProduction(tr("Delete \"%1\"").arg(doomed.name),
                              [this, doomed] { removeSegment(doomed); });
        });
}

void MainWindow::removeSegment(const Segment &doomed)
{
    setBusy(
        tr("Deleting \"%1\"…").arg(doomed.name),
        m_segmentsApi->remove(doomed.id, this, [this, doomed](const ApiResult<NoContent> &deleted) {
            if (!deleted.isOk())
                return showError(tr("Not deleted"), deleted.error);
            m_flow->removeDraft(doomed.id);
            m_flow->closeSegment();
            resetPreview();
            m_editor->clear(); // says what to do until the next segment opens
            m_list->clear(); // the list forgets the deleted segment; the next shown opens
            m_notice = tr("Deleted \"%1\".").arg(doomed.name);
            reload();
        }));
}

// A deleted segment's versions stay in the local history: one of them becomes a new segment.
void MainWindow::recreateSegment()
{
    if (!m_recreateAction->isEnabled())
        return;
    if (!m_accounts.history)
        return sayProblem(tr("No local history is kept for this session: nothing to recreate."));
    // Which segments are gone is known only from a list read from the account.
    if (!m_listLoaded)
        return sayProblem(tr("Load the segment list first (F5): only then is it known which "
                             "segments were deleted."));
    QSet<QString> listed;
    for (const SegmentSummary &s : m_list->model()->segments())
        listed.insert(s.id);
    auto *dialog = new RecreateDialog(m_accounts.history,
                                      m_active.id.toString(QUuid::WithoutBraces), listed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecreateDialog::recreateRequested, this, [this](const HistoryVersion &v) {
        createSegment({NameRules::uniqueName(v.name, m_list->namesExcept({})), v.queryDsl, {}});
    });
    dialog->open();
}
