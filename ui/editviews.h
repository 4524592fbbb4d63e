// SPDX-License-Identifier: MIT
#pragma once

#include "api/segment.h"
#include "local/draftstore.h"

#include <QObject>

#include <optional>

class EditFlow;
class ListFlow;
class LivePreview;
class PreviewPanel;
class ResponsePanel;
class SegmentActionsFlow;
class SegmentEditorPanel;
class SegmentListPanel;
class WindowStatus;
struct HistoryVersion;

/// The views of the open segment, kept in step with the edit flow: the editor (with the
/// segment's kept draft), SendGrid's answer, and the live preview of an unsaved query next to
/// (never instead of) the saved count.
class EditViews : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        SegmentListPanel *list;
        SegmentEditorPanel *editor;
        ResponsePanel *response;
        PreviewPanel *preview;
    };

    EditViews(EditFlow *flow, LivePreview *livePreview, const ListFlow *lists,
              SegmentActionsFlow *actions, WindowStatus *status, Views views, QObject *parent);

    /// SendGrid's answer for the open segment, as last read.
    void showCurrent();
    /// The person edited the name or the query.
    void noteEdit();
    /// Nothing is open any more: the editor says what to do; the answers go with `answersToo`.
    void clear(bool answersToo = true);
    /// A save landed: the editor shows the segment as saved.
    void showSaved(const Segment &segment);
    /// Whenever the saved definition changes (a segment opens, a save lands), the comparison
    /// follows.
    void resetPreview();
    /// `version` in the editor as an edit of the segment as it is now, to review and save.
    void showVersion(const HistoryVersion &version);

Q_SIGNALS:
    void opened(const QString &segmentId);
    /// The segment or its edit changed: the title follows.
    void changed();
    void validationSettled();

private:
    void onOpened(const Segment &segment, const std::optional<Draft> &draft);
    void onValidationSettled(const Segment &segment);
    void connectPreview();
    void previewEdit();

    EditFlow *m_flow;
    LivePreview *m_livePreview;
    const ListFlow *m_lists;
    SegmentActionsFlow *m_actions;
    WindowStatus *m_status;
    Views m_views;
};
