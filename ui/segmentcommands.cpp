// SPDX-License-Identifier: MIT
#include "segmentcommands.h"

#include "batchdialog.h"
#include "confirmation.h"
#include "editguard.h"
#include "editing/editflow.h"
#include "editing/segmenttemplates.h"
#include "editviews.h"
#include "flows/batchflow.h"
#include "flows/historyflow.h"
#include "flows/listflow.h"
#include "icons.h"
#include "newsegmentdialog.h"
#include "recreatedialog.h"
#include "segmentlistpanel.h"
#include "windowstatus.h"

#include <QAction>
#include <QMenu>

SegmentCommands::SegmentCommands(Parts parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
{
    SegmentActionsFlow *actions = m_parts.actions;
    connect(actions, &SegmentActionsFlow::busy, m_parts.status, &WindowStatus::setBusy);
    connect(actions, &SegmentActionsFlow::failed, m_parts.status, &WindowStatus::showError);
    connect(actions, &SegmentActionsFlow::created, this, &SegmentCommands::onCreated);
    connect(actions, &SegmentActionsFlow::removed, this, &SegmentCommands::onRemoved);
    connect(m_parts.list, &SegmentListPanel::duplicateRequested, this,
            [this](const QString &id) { actOnRow(id, RowAction::Duplicate); });
    connect(m_parts.list, &SegmentListPanel::deleteRequested, this,
            [this](const QString &id) { actOnRow(id, RowAction::Delete); });
    connect(m_parts.list, &SegmentListPanel::duplicateSelectedRequested, this,
            [this] { runOnSelection(BatchFlow::Action::Duplicate); });
    connect(m_parts.list, &SegmentListPanel::deleteSelectedRequested, this,
            [this] { runOnSelection(BatchFlow::Action::Delete); });
    connect(m_parts.batch, &BatchFlow::finished, this, [this] {
        if (m_parts.edit->current().id.isEmpty()) // the open segment was among those deleted
            m_parts.views->clear(false);
        Q_EMIT reloadRequested();
    });
}

void SegmentCommands::runWaiting(const QString &segmentId)
{
    run(m_parts.actions->takeRowAction(segmentId));
}

void SegmentCommands::addTo(QMenu *menu)
{
    QAction *add = menu->addAction(Icons::action("new"), tr("&New segment…"), this,
                                   [this] { newSegment(); });
    add->setShortcut(QKeySequence::New);
    QAction *duplicate = menu->addAction(Icons::action("duplicate"), tr("&Duplicate"), this,
                                         [this] { duplicateSegment(); });
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = menu->addAction(Icons::action("delete"), tr("De&lete…"), this,
                                      [this] { deleteSegment(); });
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction *recreate = menu->addAction(Icons::action("recreate"), tr("&Recreate deleted segment…"),
                                        this, [this] { recreateSegment(); });
    m_actions = {add, duplicate, remove, recreate};
    for (QAction *a : std::as_const(m_actions))
        a->setObjectName(a->text().remove(u'&').remove(u'…').toLower().replace(u' ', u'_'));
}

void SegmentCommands::setReadOnlyReason(const QString &reason)
{
    for (QAction *a : std::as_const(m_actions)) {
        a->setEnabled(reason.isEmpty());
        a->setToolTip(reason);
    }
}

void SegmentCommands::actOnRow(const QString &id, RowAction action)
{
    if (m_parts.actions->actOnRow(id, action))
        return run(action);
    m_parts.list->selectSegment(id);
}

void SegmentCommands::run(RowAction action)
{
    switch (action) {
    case RowAction::Duplicate:
        return duplicateSegment();
    case RowAction::Delete:
        return deleteSegment();
    case RowAction::None:
        return;
    }
}

void SegmentCommands::newSegment()
{
    if (!m_actions.at(0)->isEnabled())
        return;
    m_parts.guard->confirmLeavingEdit([this] {
        const auto &names = m_parts.lists->listNames();
        const QString firstList = names.isEmpty() ? QString() : names.keys().first();
        auto *dialog = new NewSegmentDialog(SegmentTemplates::all(firstList),
                                            m_parts.list->namesExcept({}), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            create({dialog->name(), dialog->queryDsl(), {}});
        });
        dialog->open();
    });
}

void SegmentCommands::duplicateSegment()
{
    if (!m_actions.at(1)->isEnabled() || m_parts.edit->current().id.isEmpty())
        return;
    if (m_parts.list->selectedSegments().size() > 1)
        return runOnSelection(BatchFlow::Action::Duplicate);
    m_parts.guard->confirmLeavingEdit(
        [this] { create(m_parts.actions->duplicateOfCurrent(m_parts.list->namesExcept({}))); });
}

void SegmentCommands::create(const SegmentCreate &segment)
{
    m_parts.guard->confirmProduction(tr("Create \"%1\"").arg(segment.name),
                                     [this, segment] { m_parts.actions->create(segment); });
}

void SegmentCommands::onCreated(const Segment &segment)
{
    m_parts.status->setIdle();
    m_parts.list->updateSegment(segment);
    m_parts.list->selectSegment(segment.id); // opens it
}

void SegmentCommands::deleteSegment()
{
    if (!m_actions.at(2)->isEnabled() || m_parts.edit->current().id.isEmpty())
        return;
    if (m_parts.list->selectedSegments().size() > 1)
        return runOnSelection(BatchFlow::Action::Delete);
    if (const QString why = m_parts.actions->whyNotDelete(); !why.isEmpty())
        return m_parts.status->sayProblem(why);
    const Segment doomed = m_parts.edit->current();
    Confirmation {QStringLiteral("confirmDelete"), tr("Delete segment"),
                  doomed.isCounted()
                      ? tr("Delete \"%1\" (%Ln contact(s)) from SendGrid?", nullptr,
                           int(doomed.contactsCount))
                            .arg(doomed.name)
                      : tr("Delete \"%1\" (not counted yet) from SendGrid?").arg(doomed.name),
                  tr("Campaigns and automations that use it stop finding its contacts. "
                     "SendGrid cannot undo this; its versions stay in the local history.")}
        .ask(m_window, [this, doomed] {
            m_parts.guard->confirmProduction(tr("Delete \"%1\"").arg(doomed.name),
                                             [this, doomed] { m_parts.actions->remove(doomed); });
        });
}

void SegmentCommands::onRemoved()
{
    m_parts.views->clear(false); // says what to do until the next segment opens
    m_parts.list->clear(); // the list forgets the deleted segment; the next shown opens
    Q_EMIT reloadRequested();
}

void SegmentCommands::recreateSegment()
{
    if (!m_actions.at(3)->isEnabled())
        return;
    if (const QString why = m_parts.actions->whyNotRecreate(m_parts.lists->isLoaded());
        !why.isEmpty())
        return m_parts.status->sayProblem(why);
    const HistoryFlow *history = m_parts.actions->history();
    auto *dialog = new RecreateDialog(history->store(), history->profileKey(),
                                      m_parts.actions->listedIds(), m_parts.clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecreateDialog::recreateRequested, this, [this](const HistoryVersion &v) {
        create(SegmentActionsFlow::fromVersion(v, m_parts.list->namesExcept({})));
    });
    dialog->open();
}

// One confirmation naming how many and which; then the batch runs in its dialog.
void SegmentCommands::runOnSelection(BatchFlow::Action kind)
{
    const bool removing = kind == BatchFlow::Action::Delete;
    const QList<SegmentSummary> selected = m_parts.list->selectedSegments();
    if (selected.size() < 2 || !m_actions.at(removing ? 2 : 1)->isEnabled()
        || m_parts.batch->isRunning())
        return;
    if (const QString why = m_parts.actions->whyNotDelete(); removing && !why.isEmpty())
        return m_parts.status->sayProblem(why);
    QStringList names;
    for (const SegmentSummary &s : selected.first(std::min<qsizetype>(selected.size(), 10)))
        names << QStringLiteral("• ") + s.name;
    if (selected.size() > 10)
        names << tr("… and %n more", nullptr, int(selected.size() - 10));
    const QString what = removing ? tr("Delete %n segment(s)", nullptr, int(selected.size()))
                                  : tr("Duplicate %n segment(s)", nullptr, int(selected.size()));
    Confirmation {removing ? QStringLiteral("confirmDeleteMany")
                           : QStringLiteral("confirmDuplicateMany"),
                  what, what + u'?' + u'\n' + names.join(u'\n'),
                  removing ? tr("Campaigns and automations that use them stop finding their "
                                "contacts. SendGrid cannot undo this; their versions stay in "
                                "the local history.")
                           : tr("Each copy is named \"Copy of …\" and made from its segment's "
                                "query as SendGrid has it now.")}
        .ask(m_window, [this, kind, selected, what] {
            m_parts.guard->confirmProduction(what, [this, kind, selected, what] {
                if (m_parts.batch->start(kind, selected, m_parts.list->namesExcept({})))
                    showBatch(what);
            });
        });
}

void SegmentCommands::showBatch(const QString &title)
{
    auto *dialog = new BatchDialog(m_parts.batch, title, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
