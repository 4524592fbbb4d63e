// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accountbar.h"
#include "api/contactsapi.h"
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "draftoffer.h"
#include "editguard.h"
#include "editing/editflow.h"
#include "editing/livepreview.h"
#include "editmenu.h"
#include "editviews.h"
#include "flows/batchflow.h"
#include "flows/historyflow.h"
#include "flows/listflow.h"
#include "flows/profileflow.h"
#include "flows/segmentactionsflow.h"
#include "helpmenu.h"
#include "historydock.h"
#include "icons.h"
#include "previewpanel.h"
#include "profilebar.h"
#include "profiles/settings.h"
#include "query/fieldcatalogue.h"
#include "responsepanel.h"
#include "segmentcommands.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "windowstatus.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// The preview comes and goes with the edit, above the response; both scroll in a pane of their
// own, so that neither pushes the editor (the splitter keeps its place) nor sets the window's
// minimum height, and the count at the top stays in view (#19 §4).
QWidget *answersPane(PreviewPanel *preview, ResponsePanel *response)
{
    auto *answers = new QWidget;
    auto *layout = new QVBoxLayout(answers);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(preview);
    layout->addWidget(response, 1);
    auto *pane = new QScrollArea;
    pane->setObjectName(QStringLiteral("answers"));
    pane->setAccessibleName(MainWindow::tr("Preview and SendGrid's answer"));
    pane->setWidget(answers);
    pane->setWidgetResizable(true);
    pane->setFrameShape(QFrame::NoFrame);
    pane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pane->setMinimumHeight(pane->fontMetrics().lineSpacing() * 4);
    return pane;
}

} // namespace

MainWindow::MainWindow(SendGridClient *client, DraftStore *drafts, Accounts accounts,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(accounts.settings)
    , m_segmentsApi(new SegmentsApi(client, this))
    , m_flow(new EditFlow(m_segmentsApi, drafts, this))
    , m_livePreview(new LivePreview(new ContactsApi(client, this), this))
    , m_list(new SegmentListPanel(client->clock()))
    , m_editor(new SegmentEditorPanel(client->clock()))
    , m_response(new ResponsePanel(client->clock()))
    , m_preview(new PreviewPanel)
    , m_accountBar(new AccountBar)
    , m_splitter(new QSplitter)
    , m_status(new WindowStatus(m_flow, statusBar()))
    , m_listFlow(new ListFlow(m_segmentsApi, new ListsApi(client, this),
                              new FieldDefinitionsApi(client, this), drafts, m_list->model(), this))
    , m_profiles(new ProfileFlow(accounts, drafts, client->clock(), m_list->model(), this))
    , m_history(new HistoryFlow(accounts.history, this))
    , m_actions(new SegmentActionsFlow(m_segmentsApi, m_flow, m_history, m_list->model(), this))
    , m_guard(new EditGuard(m_flow, m_profiles, m_editor, this))
    , m_views(new EditViews(m_flow, m_livePreview, m_listFlow, m_actions, m_status,
                            {m_list, m_editor, m_response, m_preview}, this))
    , m_draftOffer(new DraftOffer(m_listFlow, m_flow, m_editor, m_list, m_status, this))
{
    buildLayout();
    createActions();
    m_historyDock
        = new HistoryDock(m_history, m_flow, m_guard, m_views, m_segmentsApi->clock(), this);
    m_profileBar = new ProfileBar(m_profiles, m_flow, m_accountBar, m_status, this);
    new HelpMenu(client, this);
    if (!restoreGeometry(m_settings->layout(Settings::LayoutKey::WindowGeometry)))
        resize(1280, 800);
    m_splitter->restoreState(m_settings->layout(Settings::LayoutKey::MainSplitter));
    m_status->setIdle();
    connectViews();
    connectFlows();
    connectProfiles();
    m_flow->setHistory(accounts.history, m_profiles->historyKey());
    m_history->setProfile(m_profiles->historyKey());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_editor);
    right->addWidget(answersPane(m_preview, m_response));
    right->setStretchFactor(0, 1); // a taller window gives the builder its rows
    right->setSizes({560, 220});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({440, 840});
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_accountBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Segment"));
    QAction *reloadAction = file->addAction(Icons::action("refresh"), tr("&Reload"), this,
                                            [this] { m_profileBar->retry(); });
    reloadAction->setShortcut(QKeySequence::Refresh);
    // One rule for the button and the shortcut: Ctrl+S sends only what Save would send.
    QAction *saveAction = file->addAction(Icons::action("save"), tr("&Save"), this, [this] {
        if (m_editor->canSave())
            m_guard->save();
    });
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_commands
        = new SegmentCommands({m_actions, m_flow, m_listFlow, m_guard, m_views, m_status, m_list,
                               m_segmentsApi->clock(), new BatchFlow(m_segmentsApi, m_flow, this)},
                              this);
    m_commands->addTo(file);
    file->addSeparator();
    file->addAction(Icons::action("quit"), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    new EditMenu(menuBar()->addMenu(tr("&Edit")), m_flow, m_editor, m_list, this);
    auto *cancel = new QAction(Icons::action("cancel"), tr("Cancel"), this);
    cancel->setShortcut(Qt::Key_Escape);
    cancel->setShortcutContext(Qt::WindowShortcut);
    connect(cancel, &QAction::triggered, m_status, &WindowStatus::cancelWork);
    addAction(cancel);
}

void MainWindow::connectViews()
{
    connect(m_list, &SegmentListPanel::currentChanged, this, &MainWindow::openSegment);
    connect(m_list, &SegmentListPanel::retryRequested, m_profileBar, &ProfileBar::retry);
    connect(m_list, &SegmentListPanel::refreshRequested, this, &MainWindow::reload);
    connect(m_list, &SegmentListPanel::idCopied, this, [this](const QString &id) {
        m_status->say(tr("Copied the segment id %1.").arg(id), StatusLine::Kind::Notice);
    });
    connect(m_list, &SegmentListPanel::filterChanged, m_listFlow, &ListFlow::setFilterText);
    connect(m_editor, &SegmentEditorPanel::saveRequested, m_guard, &EditGuard::save);
    connect(m_editor, &SegmentEditorPanel::edited, m_views, &EditViews::noteEdit);
    connect(m_editor, &SegmentEditorPanel::refused, m_status, &WindowStatus::sayProblem);
    connect(m_response, &ResponsePanel::refreshRequested, this,
            [this] { m_flow->refreshCount(QString::fromUtf8(QTimeZone::systemTimeZoneId())); });
    connect(m_response, &ResponsePanel::feedback, this, [this](const QString &text, bool problem) {
        m_status->say(text, problem ? StatusLine::Kind::Problem : StatusLine::Kind::Notice);
    });
}

// What the flows report reaches the views; the list's filter learns each query seen, and the
// History dock reads the versions again once each is recorded.
void MainWindow::connectFlows()
{
    connect(m_listFlow, &ListFlow::loading, this,
            [this](ApiCall *call) { m_status->setBusy(tr("Loading segments…"), call); });
    connect(m_listFlow, &ListFlow::failed, this, [this](const ApiError &error) {
        m_list->showError(error.toDisplayString());
        m_status->showError(tr("Loading segments failed"), error);
    });
    connect(m_listFlow, &ListFlow::loaded, this, &MainWindow::onListLoaded);
    connect(m_listFlow, &ListFlow::listNamesChanged, m_list, &SegmentListPanel::setListNames);
    connect(m_listFlow, &ListFlow::listNamesChanged, m_editor, &SegmentEditorPanel::setListNames);
    connect(m_listFlow, &ListFlow::catalogueChanged, m_editor, &SegmentEditorPanel::setCatalogue);
    connect(m_listFlow, &ListFlow::queryLearned, m_list, &SegmentListPanel::setQuery);
    connect(m_views, &EditViews::opened, this, &MainWindow::segmentLoaded);
    connect(m_views, &EditViews::changed, this, &MainWindow::updateTitle);
    connect(m_views, &EditViews::validationSettled, this, &MainWindow::validationSettled);
    connect(m_guard, &EditGuard::saveEnded, this,
            [this](bool ok, const Segment &saved, const QString &message) {
                if (ok)
                    m_views->showSaved(saved);
                m_status->setIdle(message, !ok);
                Q_EMIT saveFinished(ok);
            });
    const auto learnCurrent = [this] {
        if (const Segment &open = m_flow->current(); !open.id.isEmpty())
            m_listFlow->learnQuery(open.id, open.queryDsl);
    };
    connect(this, &MainWindow::segmentLoaded, this, learnCurrent);
    connect(this, &MainWindow::saveFinished, this, learnCurrent);
    connect(this, &MainWindow::segmentLoaded, m_historyDock, &HistoryDock::refresh);
    connect(this, &MainWindow::saveFinished, m_historyDock, &HistoryDock::refresh);
    connect(this, &MainWindow::profileOpened, m_historyDock, &HistoryDock::refresh);
    connect(this, &MainWindow::segmentLoaded, m_commands, &SegmentCommands::runWaiting);
    connect(m_commands, &SegmentCommands::reloadRequested, this, &MainWindow::reload);
}

void MainWindow::connectProfiles()
{
    connect(m_profiles, &ProfileFlow::connected, this, &MainWindow::onProfileConnected);
    connect(m_profiles, &ProfileFlow::storageProblem, m_status, &WindowStatus::sayProblem);
    connect(m_profiles, &ProfileFlow::failed, this,
            [this](const Profile &profile, AccountConnector::Problem problem,
                   const QString &message, bool nothingOpen) {
                m_status->setIdle(message, true);
                if (nothingOpen) {
                    m_list->showError(message);
                    // The title named the sample data, never open: it names what Retry opens.
                    setWindowTitle(tr("%1 (not connected) — SegmentDesk").arg(profile.name));
                }
                m_profileBar->reload();
                Q_EMIT profileFailed(message);
                if (problem == AccountConnector::Problem::KeychainUnavailable)
                    m_profileBar->askSessionKey(profile, message);
            });
    connect(m_profileBar, &ProfileBar::openRequested, this, &MainWindow::openProfile);
    connect(m_profileBar, &ProfileBar::reloadRequested, this, &MainWindow::reload);
    connect(m_profileBar, &ProfileBar::resetConfirmed, this, [this] {
        m_status->cancelWork();
        m_editor->revert();
        if (const VoidResult dropped = m_listFlow->dropListedDrafts(); !dropped.isOk())
            m_status->sayProblem(dropped.error());
        m_views->clear();
        m_list->clear();
        m_list->showLoading();
        m_status->setBusy(tr("Generating the sample data again…"), nullptr);
        Q_EMIT resetSampleDataRequested();
    });
}

void MainWindow::reload()
{
    m_list->showLoading();
    m_listFlow->reload();
}

void MainWindow::onListLoaded(const QList<SegmentSummary> &segments)
{
    m_status->line()->setResting(tr("%Ln segment(s)", nullptr, int(segments.size())));
    m_status->setIdle();
    m_list->setSegments(segments, m_listFlow->listNames());
    if (m_list->currentSegmentId().isEmpty())
        m_list->selectSegment({});
    const Segment &open = m_flow->current();
    m_editor->setOtherNames(m_list->namesExcept(open.id));
    // F5 rereads the open segment too: its name, query or count may have changed in SendGrid.
    if (!open.id.isEmpty() && m_listFlow->isListed(open.id))
        m_flow->reread();
    // The list endpoint sends no queries: the filter knows them from the local history.
    const QHash<QString, QString> filed = m_history->latestQueries(segments);
    for (auto q = filed.cbegin(); q != filed.cend(); ++q)
        m_listFlow->learnQuery(q.key(), q.value());
    Q_EMIT listLoaded();
    m_draftOffer->offer();
}

void MainWindow::openSegment(const QString &id)
{
    if (id == m_flow->current().id && !id.isEmpty())
        return;
    // Stay on the edited segment: the selection goes back without reopening it.
    const auto stay = [this] {
        m_actions->dropRowAction(); // a context-menu action waited for this segment to open
        QMetaObject::invokeMethod(
            this, [this] { m_list->selectSegment(m_flow->current().id); }, Qt::QueuedConnection);
    };
    if (m_flow->isSaving()) { // the edit is on its way: nothing to discard, nothing to ask
        m_status->say(tr("Saving \"%1\"… open another segment once it is saved, or press Esc "
                         "to stop saving.")
                          .arg(m_editor->name()),
                      StatusLine::Kind::Progress);
        return stay();
    }
    m_guard->confirmLeavingEdit(
        [this, id] {
            if (!id.isEmpty())
                return m_flow->open(id);
            m_views->clear();
            updateTitle();
        },
        stay);
}

void MainWindow::openProfile(const QUuid &id)
{
    const Result<Profile> profile = m_profiles->find(id);
    if (!profile.isOk())
        return m_status->sayProblem(profile.error());
    m_profileBar->reload(); // it shows the profile still open until the other one is
    if (id == activeProfile().id && !m_profiles->isOpening()
        && !m_list->currentSegmentId().isEmpty())
        return;
    m_guard->confirmLeavingEdit([this, next = profile.value()] {
        m_status->cancelWork();
        m_status->setBusy(tr("Connecting to \"%1\"…").arg(next.name), nullptr);
        m_profiles->open(next);
    });
}

void MainWindow::onProfileConnected(const Profile &profile, const KeyPermissions &permissions,
                                    bool another)
{
    const bool switched = another || m_list->currentSegmentId().isEmpty();
    m_flow->setHistory(m_profiles->accounts().history, m_profiles->historyKey());
    m_history->setProfile(m_profiles->historyKey());
    m_profileBar->reload();
    m_accountBar->showProfile(profile);
    const QString readOnly = m_profiles->readOnlyReason(permissions);
    m_editor->setReadOnlyReason(readOnly);
    m_response->setReadOnlyReason(readOnly);
    m_commands->setReadOnlyReason(readOnly);
    if (switched) {
        if (const VoidResult opened = m_profiles->openDrafts(); !opened.isOk())
            m_status->sayProblem(opened.error());
        m_listFlow->forget();
        m_views->clear();
        m_list->clear();
    }
    updateTitle();
    Q_EMIT profileOpened(profile.id);
    reload();
}

const Profile &MainWindow::activeProfile() const
{
    return m_profiles->active();
}

void MainWindow::showProfiles(bool startNew, const QString &key)
{
    m_profileBar->showProfiles(startNew, key);
}

void MainWindow::showWelcome(const QString &environmentKey)
{
    m_profileBar->showWelcome(environmentKey);
}

QString MainWindow::statusMessage() const
{
    return m_status->line()->text();
}

bool MainWindow::isBusy() const
{
    return m_status->isBusy();
}

void MainWindow::updateTitle()
{
    // [*] is where Qt draws the unsaved-changes marker.
    const Segment &open = m_flow->current();
    const QString segment = open.id.isEmpty() ? QString() : open.name + QStringLiteral("[*] — ");
    setWindowTitle(QStringLiteral("%1%2 — SegmentDesk").arg(segment, activeProfile().name));
    setWindowModified(m_editor->isDirty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing && m_editor->isDirty()) {
        event->ignore();
        return m_guard->confirmLeavingEdit([this] {
            m_closing = true;
            close();
        });
    }
    m_status->cancelWork();
    m_flow->writePendingDraft();
    m_settings->setLayout(Settings::LayoutKey::WindowGeometry, saveGeometry());
    m_settings->setLayout(Settings::LayoutKey::MainSplitter, m_splitter->saveState());
    event->accept();
}
