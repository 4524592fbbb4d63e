// SPDX-License-Identifier: MIT
#include "editviews.h"

#include "editing/editflow.h"
#include "editing/livepreview.h"
#include "flows/listflow.h"
#include "flows/segmentactionsflow.h"
#include "local/historyversion.h"
#include "previewpanel.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "windowstatus.h"

EditViews::EditViews(EditFlow *flow, LivePreview *livePreview, const ListFlow *lists,
                     SegmentActionsFlow *actions, WindowStatus *status, Views views,
                     QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_livePreview(livePreview)
    , m_lists(lists)
    , m_actions(actions)
    , m_status(status)
    , m_views(views)
{
    connect(m_flow, &EditFlow::segmentChanged, m_views.list, &SegmentListPanel::updateSegment);
    connect(m_flow, &EditFlow::queryEdited, m_views.list, &SegmentListPanel::noteQueryEdited);
    connect(m_flow, &EditFlow::opened, this, &EditViews::onOpened);
    connect(m_flow, &EditFlow::validationSettled, this, &EditViews::onValidationSettled);
    connect(m_flow, &EditFlow::countArrived, this, &EditViews::showCurrent);
    connectPreview();
}

void EditViews::onOpened(const Segment &segment, const std::optional<Draft> &draft)
{
    m_status->setIdle(m_actions->takeNotice()); // what led here (a delete), if anything
    m_views.editor->load(segment.name, segment.queryDsl, draft ? draft->name : segment.name,
                         draft ? draft->queryDsl : segment.queryDsl,
                         m_views.list->namesExcept(segment.id));
    if (draft)
        m_status->say(
            tr("Restored your unsaved edit from %1.")
                .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
            StatusLine::Kind::Notice);
    m_views.list->selectSegment(segment.id); // after "Save, then open B", the list follows
    showCurrent();
    resetPreview();
    m_status->offerCancel();
    Q_EMIT opened(segment.id);
}

void EditViews::onValidationSettled(const Segment &segment)
{
    showCurrent();
    if (segment.status.validation() == SegmentStatus::Validation::Invalid)
        m_views.editor->showServerQueryError(segment.status.errorMessage);
    m_status->setIdle(tr("SendGrid says the query is %1.").arg(segment.status.queryValidation));
    Q_EMIT validationSettled();
}

void EditViews::showCurrent()
{
    m_views.response->showSegment(m_flow->current(), m_lists->listNames(), m_flow->queryEditedAt());
    Q_EMIT changed();
}

void EditViews::noteEdit()
{
    Q_EMIT changed();
    SegmentEditorPanel *editor = m_views.editor;
    if (editor->isDirty())
        m_status->line()->dropNotice(); // "Saved" or "Copied" is about the state before this edit
    m_flow->noteEdit({editor->name(), editor->query()}, editor->isDirty());
    previewEdit();
}

void EditViews::clear(bool answersToo)
{
    m_flow->closeSegment();
    resetPreview();
    m_views.editor->clear();
    if (answersToo)
        m_views.response->clear();
}

void EditViews::showSaved(const Segment &segment)
{
    m_views.editor->load(segment.name, segment.queryDsl, segment.name, segment.queryDsl,
                         m_views.list->namesExcept(segment.id));
    showCurrent();
    resetPreview();
}

void EditViews::showVersion(const HistoryVersion &version)
{
    // Against the segment as it is now, so the editor shows it as an edit and Save sends it.
    const Segment &current = m_flow->current();
    m_views.editor->load(current.name, current.queryDsl, version.name, version.queryDsl,
                         m_views.list->namesExcept(current.id));
    noteEdit();
    m_status->say(
        tr("Version %1 is in the editor: review it, then save to restore it.").arg(version.number),
        StatusLine::Kind::Notice);
}

void EditViews::connectPreview()
{
    connect(m_livePreview, &LivePreview::searchStarted, m_views.preview,
            &PreviewPanel::showSearching);
    connect(m_livePreview, &LivePreview::previewed, this, [this](const LivePreviewResult &r) {
        if (r.query == m_views.editor->query()) // an answer for text still in the editor
            m_views.preview->showResult(r);
    });
}

void EditViews::resetPreview()
{
    m_livePreview->cancel();
    m_views.preview->clear();
    m_livePreview->setSaved(m_flow->current().queryDsl, m_flow->current().parentListIds);
    previewEdit();
}

void EditViews::previewEdit()
{
    const QString query = m_views.editor->query();
    const Segment &current = m_flow->current();
    if (current.id.isEmpty() || !m_views.editor->hasQuery() || query == current.queryDsl) {
        m_livePreview->cancel();
        return m_views.preview->clear();
    }
    m_livePreview->edit(query);
}
