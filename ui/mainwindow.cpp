// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accountbar.h"
#include "api/apicall.h"
#include "api/contactsapi.h"
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "editing/editflow.h"
#include "editing/livepreview.h"
#include "icons.h"
#include "local/draftstore.h"
#include "previewpanel.h"
#include "profiles/settings.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "statusline.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(SendGridClient *client, DraftStore *drafts, Accounts accounts,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_accounts(std::move(accounts))
    , m_active(Profile::sandbox())
    , m_accountBar(new AccountBar)
    , m_profileSwitcher(new QComboBox)
    , m_segmentsApi(new SegmentsApi(client, this))
    , m_listsApi(new ListsApi(client, this))
    , m_fieldsApi(new FieldDefinitionsApi(client, this))
    , m_flow(new EditFlow(m_segmentsApi, drafts, this))
    , m_contactsApi(new ContactsApi(client, this))
    , m_livePreview(new LivePreview(m_contactsApi, this))
    , m_list(new SegmentListPanel(client->clock()))
    , m_editor(new SegmentEditorPanel)
    , m_response(new ResponsePanel(client->clock()))
    , m_preview(new PreviewPanel)
    , m_splitter(new QSplitter)
    , m_statusLabel(new StatusLine)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(Icons::action("cancel"), tr("Cancel")))
{
    buildLayout();
    createActions();
    buildHistoryPanel();
    buildProfileToolbar();
    createHelpMenu();
    restoreLayout();
    setIdle();
    connectSignals();
    connectFlow();
    connectPreview();
    m_flow->setHistory(m_accounts.history, m_active.id.toString(QUuid::WithoutBraces));
    updateTitle();
}

void MainWindow::buildLayout()
{
    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_editor);
    right->addWidget(answersPane());
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
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the operation in progress (Esc)"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

// The preview comes and goes with the edit, above the response; both scroll in a pane of their
// own, so that neither pushes the editor (the splitter keeps its place) nor sets the window's
// minimum height, and the count at the top stays in view (#19 §4).
QWidget *MainWindow::answersPane()
{
    auto *answers = new QWidget;
    auto *layout = new QVBoxLayout(answers);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_response, 1);
    auto *pane = new QScrollArea;
    pane->setObjectName(QStringLiteral("answers"));
    pane->setAccessibleName(tr("Preview and SendGrid's answer"));
    pane->setWidget(answers);
    pane->setWidgetResizable(true);
    pane->setFrameShape(QFrame::NoFrame);
    pane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pane->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    return pane;
}

void MainWindow::connectSignals()
{
    connect(m_list, &SegmentListPanel::currentChanged, this, &MainWindow::openSegment);
    connect(m_list, &SegmentListPanel::retryRequested, this, &MainWindow::retry);
    connect(m_list, &SegmentListPanel::refreshRequested, this, &MainWindow::reload);
    connect(m_list, &SegmentListPanel::duplicateRequested, this,
            [this](const QString &id) { actOnRow(id, &MainWindow::duplicateSegment); });
    connect(m_list, &SegmentListPanel::deleteRequested, this,
            [this](const QString &id) { actOnRow(id, &MainWindow::deleteSegment); });
    connect(m_list, &SegmentListPanel::idCopied, this, [this](const QString &id) {
        m_statusLabel->say(tr("Copied the segment id %1.").arg(id), StatusLine::Kind::Notice);
    });
    connect(m_editor, &SegmentEditorPanel::saveRequested, this, &MainWindow::save);
    connect(m_editor, &SegmentEditorPanel::edited, this, &MainWindow::noteEdit);
    connect(m_editor, &SegmentEditorPanel::refused, this, &MainWindow::sayProblem);
    connect(m_response, &ResponsePanel::refreshRequested, this, &MainWindow::refreshCount);
    connect(m_response, &ResponsePanel::feedback, this, [this](const QString &text, bool problem) {
        m_statusLabel->say(text, problem ? StatusLine::Kind::Problem : StatusLine::Kind::Notice);
    });
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelWork);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Segment"));
    QAction *reloadAction
        = file->addAction(Icons::action("refresh"), tr("&Reload"), this, &MainWindow::retry);
    reloadAction->setShortcut(QKeySequence::Refresh);
    // One rule for the button and the shortcut: Ctrl+S sends only what Save would send.
    QAction *saveAction = file->addAction(Icons::action("save"), tr("&Save"), this, [this] {
        if (m_editor->canSave())
            save();
    });
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    createSegmentActions(file);
    file->addSeparator();
    file->addAction(Icons::action("quit"), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    createEditMenu(menuBar()->addMenu(tr("&Edit")));
    auto *cancel = new QAction(Icons::action("cancel"), tr("Cancel"), this);
    cancel->setShortcut(Qt::Key_Escape);
    cancel->setShortcutContext(Qt::WindowShortcut);
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelWork);
    addAction(cancel);
}

void MainWindow::restoreLayout()
{
    using Key = Settings::LayoutKey;
    if (!restoreGeometry(m_accounts.settings->layout(Key::WindowGeometry)))
        resize(1280, 800);
    m_splitter->restoreState(m_accounts.settings->layout(Key::MainSplitter));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing && m_editor->isDirty()) {
        event->ignore();
        return confirmLeavingEdit([this] {
            m_closing = true;
            close();
        });
    }
    cancelWork();
    m_flow->writePendingDraft();
    m_accounts.settings->setLayout(Settings::LayoutKey::WindowGeometry, saveGeometry());
    m_accounts.settings->setLayout(Settings::LayoutKey::MainSplitter, m_splitter->saveState());
    event->accept();
}

void MainWindow::confirmLeavingEdit(std::function<void()> proceed, std::function<void()> stay)
{
    m_flow->writePendingDraft(); // whatever is answered, the edit is on disk first
    if (!m_editor->isDirty())
        return proceed();
    QMessageBox *box = unsavedChangesQuestion();
    connect(box, &QDialog::finished, this, [this, box, proceed, stay] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            m_afterSave = proceed; // the person moves on once the save has landed
            save();
            break;
        case QMessageBox::Discard:
            m_flow->discardDraft();
            m_editor->revert();
            proceed();
            return;
        default:
            break;
        }
        if (stay)
            stay();
    });
    box->open();
}

// Save is offered only when the Save button would send the edit (one rule for both): an edit
// it refuses (a name taken or empty, a read-only profile) can be discarded or kept, not sent.
QMessageBox *MainWindow::unsavedChangesQuestion()
{
    const bool canSave = m_editor->canSave();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved in SendGrid.").arg(current().name),
        (canSave ? QMessageBox::Save : QMessageBox::NoButton) | QMessageBox::Discard
            | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setInformativeText(canSave ? tr("Save them now, discard them, or stay here?")
                                    : tr("They cannot be saved as they are (see the editor): "
                                         "discard them, or stay here to fix them?"));
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

void MainWindow::sayIfFailed(const QString &what, const VoidResult &result)
{
    if (!result.isOk())
        sayProblem(QStringLiteral("%1: %2").arg(what, result.error()));
}

const Segment &MainWindow::current() const
{
    return m_flow->current();
}

void MainWindow::setBusy(const QString &what, ApiCall *call)
{
    m_call = call;
    m_statusLabel->say(what, StatusLine::Kind::Progress);
    m_progress->show();
    m_cancel->show();
}

void MainWindow::sayProblem(const QString &message)
{
    m_statusLabel->say(message, StatusLine::Kind::Problem);
}

void MainWindow::setIdle(const QString &message, bool problem)
{
    m_call = nullptr;
    m_statusLabel->say(message, problem ? StatusLine::Kind::Problem : StatusLine::Kind::Notice);
    // A save still on its way (waiting out a rate limit) keeps its progress and its Cancel.
    m_progress->setVisible(m_flow->isSaving());
    m_cancel->setVisible(m_flow->isSaving() || m_flow->isFollowing());
}

bool MainWindow::isBusy() const
{
    return m_call || m_flow->isBusy();
}

QString MainWindow::statusMessage() const
{
    return m_statusLabel->text();
}

void MainWindow::cancelWork()
{
    if (m_call)
        m_call->cancel();
    const bool following = m_flow->isFollowing();
    m_flow->cancel();
    if (following && !m_flow->isBusy()) // nothing else reports: "SendGrid is checking" ends here
        setIdle(tr("Stopped following SendGrid's check of the query; reload (F5) to see its "
                   "status."));
}

void MainWindow::updateTitle()
{
    // [*] is where Qt draws the unsaved-changes marker.
    const QString segment
        = current().id.isEmpty() ? QString() : current().name + QStringLiteral("[*] — ");
    setWindowTitle(QStringLiteral("%1%2 — SegmentDesk").arg(segment, m_active.name));
    setWindowModified(m_editor->isDirty());
}
