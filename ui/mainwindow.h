// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "common/result.h"
#include "editing/segmentedit.h"
#include "local/draftstore.h"
#include "profiles/accountconnector.h"
#include "profiles/profile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class AccountBar;
class ApiCall;
class DraftStore;
class EditFlow;
class HistoryPanel;
struct HistoryVersion;
class HistoryStore;
class ProfileStore;
class QComboBox;
class QMenu;
class QMessageBox;
struct SegmentCreate;
class SecretStore;
class Settings;
class FieldDefinitionsApi;
class ListsApi;
class ContactsApi;
class LivePreview;
class PreviewPanel;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class ResponsePanel;
class SegmentEditorPanel;
class SegmentListPanel;
class SegmentsApi;
class SendGridClient;
class StatusLine;

/// The accounts the window can open: profiles, their keys and the connection flow.
struct Accounts
{
    Settings *settings = nullptr; ///< the one settings file: profiles and the window's layout
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    AccountConnector *connector = nullptr;
    QString dataDir; ///< each profile's drafts are kept here
    HistoryStore *history = nullptr; ///< every version seen; none: nothing is recorded
};

/// The main window: segments on the left; name, query and SendGrid's answer on the right.
/// Every network operation runs asynchronously with progress and Esc to cancel; edits are
/// kept as drafts until saved.
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
    const Profile &activeProfile() const { return m_active; }
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
    // mainwindow.cpp: widgets, actions, settings
    void buildLayout();
    QWidget *answersPane();
    void connectSignals();
    void createActions();
    void restoreLayout();
    void setBusy(const QString &what, ApiCall *call);
    /// The work ended; `message` (a notice, or a problem that stays) says how.
    void setIdle(const QString &message = {}, bool problem = false);
    void sayProblem(const QString &message);
    void cancelWork();
    void updateTitle();
    /// With an unsaved edit, asks whether to save, discard or stay (a window-modal question,
    /// no nested event loop); `proceed` runs once it is fine to move on: at once without an
    /// edit, after Discard, or once a save chosen here has landed. `stay` runs otherwise.
    void confirmLeavingEdit(std::function<void()> proceed, std::function<void()> stay = {});
    const Segment &current() const;
    QMessageBox *unsavedChangesQuestion();
    /// Says in the status line that a local store failed: `what` names it.
    void sayIfFailed(const QString &what, const VoidResult &result);

    // mainwindowactions.cpp: the Edit menu; new, duplicate, delete
    void createEditMenu(QMenu *edit);
    /// Undo (or redo) in the editor with the focus: a line edit's own, else the query's one
    /// history, which the SQL view and the builder share.
    void undoInFocus(bool redo);
    /// Asks before the edit is dropped, naming what is lost; then reverts.
    void confirmRevert();
    void feedListFilter();
    /// While the filter has text: reads, one at a time, the queries of listed segments it does
    /// not know yet, so that it matches them too.
    void fetchUnknownQueries();
    void createSegmentActions(QMenu *menu);
    void actOnRow(const QString &id, void (MainWindow::*action)());
    void runAfterOpen();
    void updateSegmentActions(const QString &readOnlyReason);
    void newSegment();
    void duplicateSegment();
    void createSegment(const SegmentCreate &segment);
    void deleteSegment();
    void removeSegment(const Segment &doomed);
    void recreateSegment();

    // mainwindowprofiles.cpp: the profile switcher, the account bar, read-only and production
    void buildProfileToolbar();
    void reloadProfileSwitcher();
    void onProfileConnected(const Profile &profile, const KeyPermissions &permissions);
    void onProfileFailed(const Profile &profile, AccountConnector::Problem problem,
                         const QString &message);
    void askSessionKey(const Profile &profile, const QString &why);
    /// Retry and F5: the profile that failed to open while none was open, else reload().
    void retry();
    void resetSampleData();
    void resetSampleDataConfirmed();
    void applyPermissions(const KeyPermissions &permissions);
    /// Once per session for a production profile: `next` runs when the person confirms `what`.
    void confirmProduction(const QString &what, std::function<void()> next);

    // mainwindowflows.cpp: load the list, open a segment, show the edit flow
    void loadLists();
    void loadFields();
    void onListLoaded(const ApiResult<QList<SegmentSummary>> &result);
    void offerDrafts();
    void restoreDrafts(const QList<Draft> &drafts, bool restore);
    QString draftNames(const QList<Draft> &drafts) const;
    QString listedName(const Draft &draft) const;
    void openSegment(const QString &id);
    void keepSelection();
    void connectFlow();
    void connectFollowUp();
    void onSegmentOpened(const Segment &segment, const std::optional<Draft> &draft);
    void showCurrent();
    void noteEdit();
    void refreshCount();
    void showError(const QString &what, const ApiError &error);

    // mainwindowsave.cpp: confirmations, conflicts and outcomes of a save
    void save();
    void confirmInvalidQuery(std::function<void()> next);
    void onConflict(const Segment &base, const Segment &theirs, const SegmentEdit &mine);
    void onSaved(const Segment &segment, const QString &message);
    void onNotSaved(const QString &message, const ApiError &error);

    // mainwindowpreview.cpp: the live preview of an unsaved query
    void connectPreview();
    void resetPreview();
    void previewEdit();

    // mainwindowhistory.cpp: the History dock (Ctrl+H) and restoring a version
    void buildHistoryPanel();
    void showHistory();
    void restoreVersion(const HistoryVersion &version);

    // mainwindowhelp.cpp: About, keyboard shortcuts, usage
    void createHelpMenu();
    void showAbout();

    SendGridClient *m_client;
    DraftStore *m_drafts;
    Accounts m_accounts;
    Profile m_active;
    QUuid m_opening; ///< the profile being connected, null when none
    QUuid m_retryProfile; ///< failed to open while no account was open: Retry opens it
    bool m_productionConfirmed = false; ///< for the active profile, this session
    AccountBar *m_accountBar;
    QComboBox *m_profileSwitcher;
    SegmentsApi *m_segmentsApi;
    ListsApi *m_listsApi;
    FieldDefinitionsApi *m_fieldsApi;
    EditFlow *m_flow;
    ContactsApi *m_contactsApi;
    LivePreview *m_livePreview;
    SegmentListPanel *m_list;
    SegmentEditorPanel *m_editor;
    ResponsePanel *m_response;
    PreviewPanel *m_preview;
    HistoryPanel *m_historyPanel = nullptr;
    QSplitter *m_splitter;
    StatusLine *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<ApiCall> m_call; ///< the window's own operation: the list, a create, a delete
    QPointer<ApiCall> m_queryFetch; ///< a query read for the list's filter, in the background
    QHash<QString, QString> m_listNames;
    bool m_draftsOffered = false;
    bool m_listLoaded = false; ///< the account's list was read (since the last reload)
    bool m_closing = false; ///< the person confirmed closing: closeEvent asks nothing more
    std::function<void()> m_afterSave; ///< what the person wanted once the save chosen lands
    QString m_notice; ///< said once the next segment is open (after a delete)
    std::pair<QString, void (MainWindow::*)()> m_afterOpen; ///< a context-menu action waiting
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_recreateAction = nullptr;
};
