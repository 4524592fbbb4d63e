// SPDX-License-Identifier: MIT
#include "editguard.h"

#include "confirmation.h"
#include "conflictdialog.h"
#include "editing/editflow.h"
#include "flows/profileflow.h"
#include "segmenteditorpanel.h"

#include <QMessageBox>

EditGuard::EditGuard(EditFlow *flow, ProfileFlow *profiles, SegmentEditorPanel *editor,
                     QWidget *window)
    : QObject(window)
    , m_flow(flow)
    , m_profiles(profiles)
    , m_editor(editor)
    , m_window(window)
{
    connect(m_flow, &EditFlow::conflict, this, &EditGuard::onConflict);
    connect(m_flow, &EditFlow::saved, this, &EditGuard::onSaved);
    connect(m_flow, &EditFlow::notSaved, this, &EditGuard::onNotSaved);
}

void EditGuard::confirmLeavingEdit(std::function<void()> proceed, std::function<void()> stay)
{
    m_flow->writePendingDraft(); // whatever is answered, the edit is on disk first
    if (!m_editor->isDirty())
        return proceed();
    QMessageBox *box = unsavedChangesQuestion();
    connect(box, &QDialog::finished, this, [this, box, proceed, stay] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            saveThen(proceed); // the person moves on once the save has landed
            break;
        case QMessageBox::Discard:
            m_flow->discardDraft();
            m_editor->revert();
            proceed();
            return;
        default:
            break;
        }
        if (stay)
            stay();
    });
    box->open();
}

// Save is offered only when the Save button would send the edit (one rule for both): an edit
// it refuses (a name taken or empty, a read-only profile) can be discarded or kept, not sent.
QMessageBox *EditGuard::unsavedChangesQuestion()
{
    const bool canSave = m_editor->canSave();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved in SendGrid.").arg(m_flow->current().name),
        (canSave ? QMessageBox::Save : QMessageBox::NoButton) | QMessageBox::Discard
            | QMessageBox::Cancel,
        m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setInformativeText(canSave ? tr("Save them now, discard them, or stay here?")
                                    : tr("They cannot be saved as they are (see the editor): "
                                         "discard them, or stay here to fix them?"));
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

// `next` waits on an object of its own: saveEnded(true) runs it, dropWaiting() deletes it.
void EditGuard::saveThen(std::function<void()> next)
{
    dropWaiting();
    m_waiting = new QObject(this);
    connect(this, &EditGuard::saveEnded, m_waiting, [this, next](bool ok) {
        m_waiting->deleteLater();
        m_waiting = nullptr;
        if (ok)
            next(); // what the person chose "Save" for: closing, another segment, a profile
    });
    save();
}

void EditGuard::dropWaiting()
{
    delete m_waiting;
}

void EditGuard::confirmProduction(const QString &what, std::function<void()> next)
{
    if (!m_profiles->needsProductionConfirmation())
        return next();
    Confirmation {QStringLiteral("confirmProduction"), tr("Production account"),
                  tr("%1 in the production account \"%2\"?").arg(what, m_profiles->active().name),
                  tr("Campaigns that use this segment send to its new contacts. "
                     "SegmentDesk asks once per session.")}
        .ask(
            m_window,
            [this, next] {
                m_profiles->confirmProduction();
                next();
            },
            [this] { dropWaiting(); });
}

void EditGuard::save()
{
    if (m_flow->isSaving() || m_flow->current().id.isEmpty())
        return;
    m_flow->writePendingDraft(); // a save that fails or is stopped keeps the edit
    confirmProduction(tr("Save \"%1\"").arg(m_editor->name()), [this] {
        confirmInvalidQuery([this] {
            if (m_flow->isSaving())
                return;
            m_editor->setSaving(true);
            m_flow->save({m_editor->name(), m_editor->query()});
        });
    });
}

// "Save anyway": SendGrid marks the segment INVALID and it matches nobody until fixed.
void EditGuard::confirmInvalidQuery(std::function<void()> next)
{
    const QString error = m_editor->firstQueryError();
    if (error.isEmpty() || m_editor->query() == m_flow->current().queryDsl)
        return next();
    Confirmation {QStringLiteral("confirmInvalidQuery"), tr("Save a query with errors?"),
                  tr("The query of \"%1\" has an error:\n%2").arg(m_editor->name(), error),
                  tr("SendGrid will mark the segment INVALID: campaigns that use it reach "
                     "nobody until the query is fixed. The saved query stays in the local "
                     "history, so it can be restored."),
                  QMessageBox::Save}
        .ask(m_window, std::move(next), [this] { dropWaiting(); });
}

void EditGuard::onConflict(const Segment &base, const Segment &theirs, const SegmentEdit &mine)
{
    auto *dialog = new ConflictDialog({base.name, base.queryDsl}, {theirs.name, theirs.queryDsl},
                                      {mine.name, mine.queryDsl}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine:
            return m_flow->resolveConflict(EditFlow::ConflictChoice::KeepMine);
        case ConflictDialog::Choice::TakeTheirs:
            m_editor->setSaving(false);
            dropWaiting();
            return m_flow->resolveConflict(EditFlow::ConflictChoice::TakeTheirs);
        case ConflictDialog::Choice::Cancel:
            return m_flow->resolveConflict(EditFlow::ConflictChoice::Cancel);
        }
    });
    dialog->open();
}

void EditGuard::onSaved(const Segment &segment, const QString &message)
{
    m_editor->setSaving(false);
    Q_EMIT saveEnded(true, segment, message);
}

void EditGuard::onNotSaved(const QString &message, const ApiError &error)
{
    m_editor->setSaving(false);
    if (const QString name = error.messageForField(QStringLiteral("name")); !name.isEmpty())
        m_editor->showServerNameError(name);
    if (const QString query = error.messageForField(QStringLiteral("query_dsl")); !query.isEmpty())
        m_editor->showServerQueryError(query);
    dropWaiting();
    Q_EMIT saveEnded(false, {}, message);
}
