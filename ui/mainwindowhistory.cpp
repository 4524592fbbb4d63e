// SPDX-License-Identifier: MIT
// MainWindow's History dock: the open segment's versions, comparisons, and restoring one into
// the editor as an edit to review and save.
#include "editing/editflow.h"
#include "historypanel.h"
#include "icons.h"
#include "local/historystore.h"
#include "mainwindow.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "statusline.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>

void MainWindow::buildHistoryPanel()
{
    m_historyPanel = new HistoryPanel;
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    auto *dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setIcon(Icons::action("history"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    menuBar()->addMenu(tr("&View"))->addAction(toggle);
    // Every version is recorded before these signals: the list is read again after each.
    connect(this, &MainWindow::segmentLoaded, this, &MainWindow::showHistory);
    connect(this, &MainWindow::saveFinished, this, &MainWindow::showHistory);
    connect(this, &MainWindow::profileOpened, this, &MainWindow::showHistory);
    connect(m_historyPanel, &HistoryPanel::restoreRequested, this, &MainWindow::restoreVersion);
}

void MainWindow::showHistory()
{
    if (!m_accounts.history)
        return m_historyPanel->showMessage(tr("No local history is kept for this session."));
    if (current().id.isEmpty())
        return m_historyPanel->showMessage(tr("Open a segment to see its history."));
    const Result<QList<HistoryVersion>> versions
        = m_accounts.history->versions(m_active.id.toString(QUuid::WithoutBraces), current().id);
    if (!versions.isOk())
        return m_historyPanel->showMessage(tr("Local history: %1").arg(versions.error()));
    m_historyPanel->showVersions(versions.value());
}

void MainWindow::restoreVersion(const HistoryVersion &version)
{
    if (version.segmentId != current().id || m_flow->isSaving())
        return;
    confirmLeavingEdit([this, version] {
        // Against the segment as it is now, so the editor shows it as an edit and Save sends it.
        m_editor->load(current().name, current().queryDsl, version.name, version.queryDsl,
                       m_list->namesExcept(current().id));
        noteEdit();
        m_statusLabel->say(tr("Version %1 is in the editor: review it, then save to restore it.")
                               .arg(version.number),
                           StatusLine::Kind::Notice);
    });
}
