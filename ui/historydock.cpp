// SPDX-License-Identifier: MIT
#include "historydock.h"

#include "editguard.h"
#include "editing/editflow.h"
#include "editviews.h"
#include "flows/historyflow.h"
#include "historypanel.h"
#include "icons.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>

HistoryDock::HistoryDock(HistoryFlow *history, EditFlow *edit, EditGuard *guard, EditViews *views,
                         Clock *clock, QMainWindow *window)
    : QObject(window)
    , m_history(history)
    , m_edit(edit)
    , m_guard(guard)
    , m_views(views)
    , m_panel(new HistoryPanel(clock))
{
    m_panel->setObjectName(QStringLiteral("historyPanel"));
    auto *dock = new QDockWidget(tr("History"), window);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setIcon(Icons::action("history"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    window->menuBar()->addMenu(tr("&View"))->addAction(toggle);
    connect(m_panel, &HistoryPanel::restoreRequested, this, &HistoryDock::restore);
}

void HistoryDock::refresh()
{
    const auto versions = m_history->versionsOf(m_edit->current().id);
    if (!versions.isOk())
        return m_panel->showMessage(versions.error());
    m_panel->showVersions(versions.value());
}

void HistoryDock::restore(const HistoryVersion &version)
{
    if (version.segmentId != m_edit->current().id || m_edit->isSaving())
        return;
    m_guard->confirmLeavingEdit([this, version] { m_views->showVersion(version); });
}
