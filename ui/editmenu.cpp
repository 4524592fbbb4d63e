// SPDX-License-Identifier: MIT
#include "editmenu.h"

#include "confirmation.h"
#include "editing/editflow.h"
#include "icons.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>

EditMenu::EditMenu(QMenu *menu, const EditFlow *flow, SegmentEditorPanel *editor,
                   SegmentListPanel *list, QWidget *window)
    : QObject(window)
    , m_flow(flow)
    , m_editor(editor)
    , m_window(window)
{
    QAction *undo
        = menu->addAction(Icons::action("undo"), tr("&Undo"), this, [this] { undoInFocus(false); });
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo
        = menu->addAction(Icons::action("redo"), tr("Re&do"), this, [this] { undoInFocus(true); });
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    menu->addSeparator();
    menu->addAction(Icons::action("find"), tr("&Find segment"), QKeySequence::Find, list,
                    &SegmentListPanel::focusSearch);
    menu->addAction(Icons::action("format"), tr("F&ormat query"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_editor,
                    &SegmentEditorPanel::format);
    QAction *revert
        = menu->addAction(Icons::action("revert"), tr("Re&vert…"), this, &EditMenu::confirmRevert);
    revert->setObjectName(QStringLiteral("revertAction"));
    connect(m_editor, &SegmentEditorPanel::revertRequested, this, &EditMenu::confirmRevert);
}

// A text field keeps its own history (the name, the filter); everything else in the editor
// (the SQL view, the builder's rows) edits the query's document, whose history both views share.
// The menu item and a shortcut that no field took both come here.
void EditMenu::undoInFocus(bool redo)
{
    QWidget *focus = QApplication::focusWidget();
    const auto *views = m_editor->findChild<QTabWidget *>(QStringLiteral("queryViews"));
    auto *line = qobject_cast<QLineEdit *>(focus);
    if (line && !(views && views->isAncestorOf(line))) {
        if (!line->isReadOnly())
            redo ? line->redo() : line->undo();
        return;
    }
    auto *sql = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("sql"));
    if (!sql || sql->isReadOnly() || m_flow->current().id.isEmpty())
        return;
    redo ? sql->redo() : sql->undo();
}

void EditMenu::confirmRevert()
{
    if (!m_editor->isDirty())
        return;
    const Segment &saved = m_flow->current();
    QStringList lost;
    if (m_editor->name() != saved.name)
        lost << tr("the new name \"%1\" (back to \"%2\")").arg(m_editor->name(), saved.name);
    if (m_editor->query() != saved.queryDsl)
        lost << tr("your changes to the query");
    Confirmation {
        QStringLiteral("confirmRevert"), tr("Revert"),
        tr("Revert \"%1\" to the version saved in SendGrid?").arg(saved.name),
        tr("Lost: %1. The draft kept for this segment is dropped too.").arg(lost.join(tr(" and ")))}
        .ask(m_window, [this] { m_editor->revert(); });
}
