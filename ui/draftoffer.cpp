// SPDX-License-Identifier: MIT
#include "draftoffer.h"

#include "editing/editflow.h"
#include "flows/listflow.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "windowstatus.h"

#include <QApplication>
#include <QMessageBox>

DraftOffer::DraftOffer(ListFlow *lists, EditFlow *edit, SegmentEditorPanel *editor,
                       SegmentListPanel *list, WindowStatus *status, QWidget *window)
    : QObject(window)
    , m_lists(lists)
    , m_edit(edit)
    , m_editor(editor)
    , m_list(list)
    , m_status(status)
    , m_window(window)
{ }

void DraftOffer::offer()
{
    // One question at a time: after the one showing (the first start's welcome), not over it.
    if (auto *asking = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
        connect(asking, &QDialog::finished, this, &DraftOffer::offer,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    const Result<QList<Draft>> kept = m_lists->draftsToOffer();
    if (!kept.isOk())
        return m_status->sayProblem(kept.error());
    const QList<Draft> drafts = kept.value();
    if (drafts.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved edits?"),
                                m_lists->draftsQuestion(drafts),
                                QMessageBox::Yes | QMessageBox::Discard, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("restoreDrafts"));
    box->setInformativeText(tr("Restore them in the editor (nothing is sent until you save)?"));
    connect(box, &QDialog::finished, this, [this, box, drafts] {
        answer(drafts, box->standardButton(box->clickedButton()) == QMessageBox::Yes);
    });
    box->open();
}

void DraftOffer::answer(const QList<Draft> &drafts, bool restore)
{
    const QString open = m_edit->current().id;
    const auto isOpen = [&open](const Draft &d) { return d.segmentId == open; };
    if (restore) {
        // The segment open already shows its own draft: switching would ask to discard it.
        if (std::any_of(drafts.cbegin(), drafts.cend(), isOpen))
            return;
        return m_list->selectSegment(drafts.constFirst().segmentId);
    }
    if (const VoidResult dropped = m_lists->dropDrafts(drafts); !dropped.isOk())
        m_status->sayProblem(dropped.error());
    if (std::any_of(drafts.cbegin(), drafts.cend(), isOpen)) { // opened with its draft meanwhile
        m_edit->discardDraft();
        m_editor->revert();
    }
}
