// SPDX-License-Identifier: MIT
// MainWindow's Edit menu: undo and redo in the editor with the focus, find (and what the
// list's filter knows of queries), format and revert.
#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "confirmation.h"
#include "icons.h"
#include "local/historystore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>

void MainWindow::createEditMenu(QMenu *edit)
{
    QAction *undo
        = edit->addAction(Icons::action("undo"), tr("&Undo"), this, [this] { undoInFocus(false); });
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo
        = edit->addAction(Icons::action("redo"), tr("Re&do"), this, [this] { undoInFocus(true); });
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addSeparator();
    edit->addAction(Icons::action("find"), tr("&Find segment"), QKeySequence::Find, m_list,
                    &SegmentListPanel::focusSearch);
    edit->addAction(Icons::action("format"), tr("F&ormat query"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_editor,
                    &SegmentEditorPanel::format);
    QAction *revert = edit->addAction(Icons::action("revert"), tr("Re&vert…"), this,
                                      &MainWindow::confirmRevert);
    revert->setObjectName(QStringLiteral("revertAction"));
    connect(m_editor, &SegmentEditorPanel::revertRequested, this, &MainWindow::confirmRevert);
    feedListFilter();
}

// The list endpoint sends no queries: the filter learns them from the local history when the
// list arrives, and from each segment opened or saved.
void MainWindow::feedListFilter()
{
    connect(this, &MainWindow::listLoaded, this, [this] {
        if (!m_accounts.history)
            return;
        const QString profile = m_active.id.toString(QUuid::WithoutBraces);
        for (const SegmentSummary &s : m_list->model()->segments()) {
            const auto versions = m_accounts.history->versions(profile, s.id);
            if (versions.isOk() && !versions.value().isEmpty())
                m_list->setQuery(s.id, versions.value().constLast().queryDsl);
        }
    });
    const auto learnCurrent = [this] {
        if (!current().id.isEmpty())
            m_list->setQuery(current().id, current().queryDsl);
    };
    connect(this, &MainWindow::segmentLoaded, this, learnCurrent);
    connect(this, &MainWindow::saveFinished, this, learnCurrent);
    connect(m_list, &SegmentListPanel::filterChanged, this, &MainWindow::fetchUnknownQueries);
}

// Quietly, one request at a time and only while someone filters: the figures and the status
// line are not this work's. A failure stops it until the filter changes again.
void MainWindow::fetchUnknownQueries()
{
    if (m_queryFetch || !m_listLoaded || m_list->filterText().trimmed().isEmpty())
        return;
    for (const SegmentSummary &s : m_list->model()->segments()) {
        if (m_list->knowsQuery(s.id))
            continue;
        m_queryFetch = m_segmentsApi->get(
            s.id, false, this, [this, id = s.id](const ApiResult<Segment> &read) {
                m_queryFetch = nullptr;
                if (!read.isOk() || m_list->model()->rowOf(id) < 0)
                    return; // failed, or the list changed meanwhile (another profile)
                m_list->setQuery(id, read.value->queryDsl);
                fetchUnknownQueries();
            });
        return;
    }
}

// A text field keeps its own history (the name, the filter); everything else in the editor
// (the SQL view, the builder's rows) edits the query's document, whose history both views share.
// The menu item and a shortcut that no field took both come here.
void MainWindow::undoInFocus(bool redo)
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
    if (!sql || sql->isReadOnly() || current().id.isEmpty())
        return;
    redo ? sql->redo() : sql->undo();
}

void MainWindow::confirmRevert()
{
    if (!m_editor->isDirty())
        return;
    const Segment &saved = current();
    QStringList lost;
    if (m_editor->name() != saved.name)
        lost << tr("the new name \"%1\" (back to \"%2\")").arg(m_editor->name(), saved.name);
    if (m_editor->query() != saved.queryDsl)
        lost << tr("your changes to the query");
    Confirmation {
        QStringLiteral("confirmRevert"), tr("Revert"),
        tr("Revert \"%1\" to the version saved in SendGrid?").arg(saved.name),
        tr("Lost: %1. The draft kept for this segment is dropped too.").arg(lost.join(tr(" and ")))}
        .ask(this, [this] { m_editor->revert(); });
}
