// SPDX-License-Identifier: MIT
// MainWindow's save: the confirmations before it, the conflict question and the outcomes.
#include "confirmation.h"
#include "conflictdialog.h"
#include "editing/editflow.h"
#include "mainwindow.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"

#include <QLabel>
#include <QPushButton>

void MainWindow::save()
{
    if (m_flow->isSaving() || current().id.isEmpty())
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
void MainWindow::confirmInvalidQuery(std::function<void()> next)
{
    const QString error = m_editor->firstQueryError();
    if (error.isEmpty() || m_editor->query() == current().queryDsl)
        return next();
    Confirmation {QStringLiteral("confirmInvalidQuery"), tr("Save a query with errors?"),
                  tr("The query of \"%1\" has an error:\n%2").arg(m_editor->name(), error),
                  tr("SendGrid will mark the segment INVALID: campaigns that use it reach "
                     "nobody until the query is fixed. The saved query stays in the local "
                     "history, so it can be restored."),
                  QMessageBox::Save}
        .ask(this, std::move(next), [this] { m_afterSave = nullptr; });
}

void MainWindow::onConflict(const Segment &base, const Segment &theirs, const SegmentEdit &mine)
{
    auto *dialog = new ConflictDialog({base.name, base.queryDsl}, {theirs.name, theirs.queryDsl},
                                      {mine.name, mine.queryDsl}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine:
            return m_flow->resolveConflict(EditFlow::ConflictChoice::KeepMine);
        case ConflictDialog::Choice::TakeTheirs:
            m_editor->setSaving(false);
            m_afterSave = nullptr;
            return m_flow->resolveConflict(EditFlow::ConflictChoice::TakeTheirs);
        case ConflictDialog::Choice::Cancel:
            return m_flow->resolveConflict(EditFlow::ConflictChoice::Cancel);
        }
    });
    dialog->open();
}

void MainWindow::onSaved(const Segment &segment, const QString &message)
{
    m_editor->setSaving(false);
    m_editor->load(segment.name, segment.queryDsl, segment.name, segment.queryDsl,
                   m_list->namesExcept(segment.id));
    showCurrent();
    resetPreview();
    setIdle(message);
    const std::function<void()> next = std::exchange(m_afterSave, nullptr);
    Q_EMIT saveFinished(true);
    if (next)
        next(); // what the person chose "Save" for: closing, another segment, a profile
}

void MainWindow::onNotSaved(const QString &message, const ApiError &error)
{
    m_editor->setSaving(false);
    if (const QString name = error.messageForField(QStringLiteral("name")); !name.isEmpty())
        m_editor->showServerNameError(name);
    if (const QString query = error.messageForField(QStringLiteral("query_dsl")); !query.isEmpty())
        m_editor->showServerQueryError(query);
    m_afterSave = nullptr;
    setIdle(message, true);
    Q_EMIT saveFinished(false);
}
