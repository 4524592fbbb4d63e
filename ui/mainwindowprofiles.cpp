// SPDX-License-Identifier: MIT
// MainWindow's accounts: the profile switcher (Ctrl+1…9), the profile dialog, the colour band
// and sample-data banner, read-only profiles and the production confirmation.
#include "accountbar.h"
#include "api/sendgridclient.h"
#include "confirmation.h"
#include "editing/editflow.h"
#include "icons.h"
#include "local/draftstore.h"
#include "mainwindow.h"
#include "models/segmenttablemodel.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "responsepanel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "welcomedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolBar>

void MainWindow::buildProfileToolbar()
{
    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16)); // the icon set's grid: crisp at 1× and 2×
    auto *label = new QLabel(tr("&Profile:"));
    label->setBuddy(m_profileSwitcher);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Profile"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(label);
    bar->addWidget(m_profileSwitcher);
    QAction *manage = bar->addAction(Icons::action("profiles"), tr("Profiles…"), this,
                                     [this] { showProfiles(); });
    manage->setObjectName(QStringLiteral("manageProfiles"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    manage->setToolTip(tr("Add, edit or remove SendGrid accounts (Ctrl+Shift+P)"));
    for (int n = 1; n <= 9; ++n) {
        auto *jump = new QAction(tr("Open profile %1").arg(n), this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(jump, &QAction::triggered, this, [this, n] {
            if (n <= m_profileSwitcher->count())
                openProfile(m_profileSwitcher->itemData(n - 1).toUuid());
        });
        addAction(jump);
    }
    connect(m_profileSwitcher, &QComboBox::activated, this,
            [this](int index) { openProfile(m_profileSwitcher->itemData(index).toUuid()); });
    connect(m_accountBar, &AccountBar::connectRequested, this, [this] { showProfiles(true); });
    connect(m_accountBar, &AccountBar::resetRequested, this, &MainWindow::resetSampleData);
    connect(m_accounts.connector, &AccountConnector::connected, this,
            &MainWindow::onProfileConnected);
    connect(m_accounts.connector, &AccountConnector::failed, this, &MainWindow::onProfileFailed);
    reloadProfileSwitcher();
    m_accountBar->showProfile(m_active);
}

void MainWindow::reloadProfileSwitcher()
{
    const Result<QList<Profile>> all = m_accounts.profiles->profiles();
    const QSignalBlocker quiet(m_profileSwitcher);
    m_profileSwitcher->clear();
    if (!all.isOk())
        return sayProblem(tr("Profiles: %1").arg(all.error()));
    bool listed = false;
    for (int i = 0; i < all.value().size(); ++i) {
        const Profile &p = all.value()[i];
        const QString shortcut = i < 9 ? tr(" (Ctrl+%1)").arg(i + 1) : QString();
        m_profileSwitcher->addItem(p.name, p.id);
        m_profileSwitcher->setItemData(i, p.name + shortcut, Qt::ToolTipRole);
        if (p.id == m_active.id) {
            listed = true;
            m_active = p;
            m_profileSwitcher->setCurrentIndex(i);
        }
    }
    if (!listed) { // a --base-url connection: shown, not stored
        m_profileSwitcher->addItem(tr("%1 (this run only)").arg(m_active.name), m_active.id);
        m_profileSwitcher->setCurrentIndex(m_profileSwitcher->count() - 1);
    }
    // A profile that cannot be read is skipped, not lost: say so, or it silently vanishes.
    m_accountBar->showProfileProblems(m_accounts.profiles->problems());
}

void MainWindow::showProfiles(bool startNew, const QString &key)
{
    auto *dialog = new ProfileDialog(m_accounts.profiles, m_accounts.secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profilesChanged, this, &MainWindow::reloadProfileSwitcher);
    connect(dialog, &ProfileDialog::sessionKeyEntered, this,
            [this](const QUuid &id, const QString &sessionKey) {
                if (const Result<Profile> p = m_accounts.profiles->find(id); p.isOk())
                    m_accounts.connector->connectWithSessionKey(p.value(), sessionKey);
            });
    connect(dialog, &ProfileDialog::useRequested, this, [this, dialog](const QUuid &id) {
        dialog->close();
        openProfile(id);
    });
    if (startNew)
        dialog->startNew(key);
    else
        dialog->select(m_active.id);
    dialog->open();
}

void MainWindow::showWelcome(const QString &environmentKey)
{
    auto *dialog = new WelcomeDialog(!environmentKey.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, environmentKey] {
        switch (dialog->choice()) {
        case WelcomeDialog::Choice::ExploreSampleData:
            return;
        case WelcomeDialog::Choice::ConnectAccount:
            return showProfiles(true);
        case WelcomeDialog::Choice::UseEnvironmentKey:
            return showProfiles(true, environmentKey);
        }
    });
    dialog->open();
}

void MainWindow::openProfile(const QUuid &id)
{
    const Result<Profile> profile = m_accounts.profiles->find(id);
    if (!profile.isOk())
        return sayProblem(profile.error());
    if (id == m_active.id && m_opening.isNull() && !m_list->currentSegmentId().isEmpty())
        return reloadProfileSwitcher();
    reloadProfileSwitcher(); // it shows the profile still open until the other one is
    confirmLeavingEdit([this, next = profile.value()] {
        cancelWork();
        m_opening = next.id;
        setBusy(tr("Connecting to \"%1\"…").arg(next.name), nullptr);
        m_accounts.connector->connectTo(next);
    });
}

void MainWindow::onProfileConnected(const Profile &profile, const KeyPermissions &permissions)
{
    const bool switched = profile.id != m_active.id || m_list->currentSegmentId().isEmpty();
    m_opening = QUuid();
    m_retryProfile = QUuid();
    if (profile.id != m_active.id)
        m_productionConfirmed = false;
    m_active = profile;
    m_flow->setHistory(m_accounts.history, profile.id.toString(QUuid::WithoutBraces));
    if (m_accounts.profiles->find(profile.id).isOk()) // not a --base-url connection
        sayIfFailed(tr("Profiles"),
                    m_accounts.profiles->markUsed(profile.id, m_client->clock()->now()));
    reloadProfileSwitcher();
    m_accountBar->showProfile(m_active);
    applyPermissions(permissions);
    if (switched) {
        const QString drafts = profile.isSandbox()
            ? QStringLiteral("drafts.sqlite")
            : QStringLiteral("drafts-%1.sqlite").arg(profile.id.toString(QUuid::WithoutBraces));
        sayIfFailed(tr("Local drafts"), m_drafts->open(QDir(m_accounts.dataDir).filePath(drafts)));
        m_draftsOffered = false;
        m_flow->closeSegment();
        resetPreview();
        m_editor->clear();
        m_response->clear();
        m_list->clear();
        m_listNames.clear();
    }
    updateTitle();
    Q_EMIT profileOpened(profile.id);
    reload();
}

void MainWindow::onProfileFailed(const Profile &profile, AccountConnector::Problem problem,
                                 const QString &message)
{
    m_opening = QUuid();
    setIdle(message, true);
    if (m_list->model()->rowCount() == 0) { // nothing open yet; else the open account stays
        m_retryProfile = profile.id;
        m_list->showError(message);
        // The title named the sample data, which was never open: it names what Retry opens.
        setWindowTitle(tr("%1 (not connected) — SegmentDesk").arg(profile.name));
    }
    reloadProfileSwitcher();
    Q_EMIT profileFailed(message);
    if (problem == AccountConnector::Problem::KeychainUnavailable)
        askSessionKey(profile, message);
}

// Until a profile opens, the window's client points at no account of the person's (the default
// server, no key): Retry after a failed start used to send the list request there.
void MainWindow::retry()
{
    if (!m_retryProfile.isNull() && m_opening.isNull())
        return openProfile(m_retryProfile);
    reload();
}

// No keychain: the key is asked for and kept in memory for this run, never written anywhere.
void MainWindow::askSessionKey(const Profile &profile, const QString &why)
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("sessionKey"));
    ask->setWindowTitle(tr("API key for this session"));
    ask->setLabelText(why);
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, profile](const QString &key) {
        if (!key.trimmed().isEmpty())
            m_accounts.connector->connectWithSessionKey(profile, key.trimmed());
    });
    ask->open();
}

void MainWindow::applyPermissions(const KeyPermissions &permissions)
{
    QString reason;
    if (m_active.readOnly)
        reason = tr("The profile \"%1\" is read-only (Profiles, Ctrl+Shift+P).").arg(m_active.name);
    else if (!permissions.canWrite())
        reason = tr("The API key of \"%1\" cannot change segments: it has no Marketing write "
                    "scope.")
                     .arg(m_active.name);
    m_editor->setReadOnlyReason(reason);
    m_response->setReadOnlyReason(reason);
    updateSegmentActions(reason);
}

void MainWindow::resetSampleData()
{
    if (!m_active.isSandbox() || m_flow->isSaving())
        return;
    Confirmation {QStringLiteral("confirmReset"),
                  tr("Reset sample data"),
                  tr("Generate the sample data again?"),
                  tr("Every change made to the sample segments, and any unsaved edit, is "
                     "lost. Your SendGrid accounts are not touched."),
                  QMessageBox::Reset,
                  QMessageBox::Question}
        .ask(this, [this] { resetSampleDataConfirmed(); });
}

void MainWindow::resetSampleDataConfirmed()
{
    cancelWork();
    m_editor->revert();
    QStringList drafted;
    for (const SegmentSummary &s : m_list->model()->segments())
        drafted << s.id;
    sayIfFailed(tr("Local drafts"), m_drafts->removeAll(drafted));
    m_flow->closeSegment();
    resetPreview();
    m_editor->clear();
    m_response->clear();
    m_list->clear();
    m_list->showLoading();
    setBusy(tr("Generating the sample data again…"), nullptr);
    Q_EMIT resetSampleDataRequested();
}

void MainWindow::confirmProduction(const QString &what, std::function<void()> next)
{
    if (m_active.tag != Profile::Tag::Production || m_productionConfirmed)
        return next();
    Confirmation {QStringLiteral("confirmProduction"), tr("Production account"),
                  tr("%1 in the production account \"%2\"?").arg(what, m_active.name),
                  tr("Campaigns that use this segment send to its new contacts. "
                     "SegmentDesk asks once per session.")}
        .ask(
            this,
            [this, next] {
                m_productionConfirmed = true;
                next();
            },
            [this] { m_afterSave = nullptr; });
}
