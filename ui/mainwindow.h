// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"
#include "flows/accounts.h"
#include "profiles/accountconnector.h"
#include "profiles/profile.h"

#include <QMainWindow>

class AccountBar;
class DraftOffer;
class DraftStore;
class EditFlow;
class EditGuard;
class EditViews;
class HistoryDock;
class HistoryFlow;
class ListFlow;
class LivePreview;
class PreviewPanel;
class ProfileBar;
class ProfileFlow;
class QSplitter;
class ResponsePanel;
class SegmentActionsFlow;
class SegmentCommands;
class SegmentEditorPanel;
class SegmentListPanel;
class SegmentsApi;
class SendGridClient;
class WindowStatus;

/// The main window: segments on the left; name, query and SendGrid's answer on the right.
/// It only wires: the flows in app/flows and app/editing hold the state and the logic (the
/// list, profiles, segment actions, history, the edit), the views show them, and the window
/// connects one to the other. Every network operation runs asynchronously with progress and
/// Esc to cancel; edits are kept as drafts until saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Starts on the sample-data profile, already connected by the caller; openProfile()
    /// switches to another.
    MainWindow(SendGridClient *client, DraftStore *drafts, Accounts accounts,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();
    /// Asks about unsaved edits, then connects to the profile and loads its segments.
    void openProfile(const QUuid &id);
    const Profile &activeProfile() const;
    /// The profile dialog, optionally starting a new profile with `key` filled in.
    void showProfiles(bool startNew = false, const QString &key = {});
    /// The first start's choice: connect an account (or make a profile from `environmentKey`,
    /// SENDGRID_API_KEY, when set), or stay on the sample data.
    void showWelcome(const QString &environmentKey);
    SegmentEditorPanel *editor() const { return m_editor; }
    SegmentListPanel *segmentList() const { return m_list; }
    ResponsePanel *response() const { return m_response; }
    PreviewPanel *preview() const { return m_preview; }
    LivePreview *livePreview() const { return m_livePreview; }
    QString statusMessage() const;
    bool isBusy() const;

Q_SIGNALS:
    void listLoaded();
    void segmentLoaded(const QString &segmentId);
    void saveFinished(bool ok);
    void validationSettled();
    void profileOpened(const QUuid &id);
    void profileFailed(const QString &message);
    /// The person confirmed "Reset sample data": the owner of the sandbox starts it anew and
    /// opens the sample-data profile again (openProfile) once it runs.
    void resetSampleDataRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void createActions();
    void connectViews();
    void connectFlows();
    void connectProfiles();
    void openSegment(const QString &id);
    void onListLoaded(const QList<SegmentSummary> &segments);
    void onProfileConnected(const Profile &profile, const KeyPermissions &permissions,
                            bool another);
    void updateTitle();

    Settings *m_settings;
    SegmentsApi *m_segmentsApi;
    EditFlow *m_flow;
    LivePreview *m_livePreview;
    SegmentListPanel *m_list;
    SegmentEditorPanel *m_editor;
    ResponsePanel *m_response;
    PreviewPanel *m_preview;
    AccountBar *m_accountBar;
    QSplitter *m_splitter;
    WindowStatus *m_status;
    ListFlow *m_listFlow;
    ProfileFlow *m_profiles;
    HistoryFlow *m_history;
    SegmentActionsFlow *m_actions;
    EditGuard *m_guard;
    EditViews *m_views;
    SegmentCommands *m_commands = nullptr;
    ProfileBar *m_profileBar = nullptr;
    HistoryDock *m_historyDock = nullptr;
    DraftOffer *m_draftOffer;
    bool m_closing = false; ///< the person confirmed closing: closeEvent asks nothing more
};
