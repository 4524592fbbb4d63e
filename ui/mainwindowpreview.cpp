// SPDX-License-Identifier: MIT
// MainWindow's live preview: while the query is edited, how many contacts the unsaved query
// matches and who would join or leave, next to (never instead of) the saved count.
#include "editing/editflow.h"
#include "editing/livepreview.h"
#include "mainwindow.h"
#include "previewpanel.h"
#include "segmenteditorpanel.h"

void MainWindow::connectPreview()
{
    connect(m_livePreview, &LivePreview::searchStarted, m_preview, &PreviewPanel::showSearching);
    connect(m_livePreview, &LivePreview::previewed, this, [this](const LivePreviewResult &r) {
        if (r.query == m_editor->query()) // an answer for text still in the editor
            m_preview->showResult(r);
    });
}

// Whenever the saved definition changes (a segment opens, a save lands), the comparison follows.
void MainWindow::resetPreview()
{
    m_livePreview->cancel();
    m_preview->clear();
    m_livePreview->setSaved(current().queryDsl, current().parentListIds);
    previewEdit();
}

void MainWindow::previewEdit()
{
    const QString query = m_editor->query();
    if (current().id.isEmpty() || !m_editor->hasQuery() || query == current().queryDsl) {
        m_livePreview->cancel();
        return m_preview->clear();
    }
    m_livePreview->edit(query);
}
