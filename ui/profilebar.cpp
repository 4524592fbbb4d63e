// SPDX-License-Identifier: MIT
#include "profilebar.h"

#include "accountbar.h"
#include "confirmation.h"
#include "editing/editflow.h"
#include "flows/profileflow.h"
#include "icons.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "welcomedialog.h"
#include "windowstatus.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>

ProfileBar::ProfileBar(ProfileFlow *profiles, const EditFlow *edit, AccountBar *accountBar,
                       WindowStatus *status, QMainWindow *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_edit(edit)
    , m_accountBar(accountBar)
    , m_status(status)
    , m_window(window)
    , m_switcher(new QComboBox)
{
    QToolBar *bar = window->addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16)); // the icon set's grid: crisp at 1× and 2×
    auto *label = new QLabel(tr("&Profile:"));
    label->setBuddy(m_switcher);
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_switcher->setAccessibleName(tr("Profile"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(label);
    bar->addWidget(m_switcher);
    QAction *manage = bar->addAction(Icons::action("profiles"), tr("Profiles…"), this,
                                     [this] { showProfiles(); });
    manage->setObjectName(QStringLiteral("manageProfiles"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    manage->setToolTip(tr("Add, edit or remove SendGrid accounts (Ctrl+Shift+P)"));
    addJumpShortcuts();
    connect(m_accountBar, &AccountBar::connectRequested, this, [this] { showProfiles(true); });
    connect(m_accountBar, &AccountBar::resetRequested, this, &ProfileBar::confirmReset);
    reload();
    m_accountBar->showProfile(m_profiles->active());
}

void ProfileBar::addJumpShortcuts()
{
    for (int n = 1; n <= 9; ++n) {
        auto *jump = new QAction(tr("Open profile %1").arg(n), m_window);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(jump, &QAction::triggered, this, [this, n] {
            if (n <= m_switcher->count())
                Q_EMIT openRequested(m_switcher->itemData(n - 1).toUuid());
        });
        m_window->addAction(jump);
    }
    connect(m_switcher, &QComboBox::activated, this,
            [this](int index) { Q_EMIT openRequested(m_switcher->itemData(index).toUuid()); });
}

void ProfileBar::reload()
{
    const Result<QList<Profile>> all = m_profiles->profiles();
    const QSignalBlocker quiet(m_switcher);
    m_switcher->clear();
    if (!all.isOk())
        return m_status->sayProblem(tr("Profiles: %1").arg(all.error()));
    const Profile &active = m_profiles->active();
    bool listed = false;
    for (int i = 0; i < all.value().size(); ++i) {
        const Profile &p = all.value()[i];
        const QString shortcut = i < 9 ? tr(" (Ctrl+%1)").arg(i + 1) : QString();
        m_switcher->addItem(p.name, p.id);
        m_switcher->setItemData(i, p.name + shortcut, Qt::ToolTipRole);
        if (p.id == active.id) {
            listed = true;
            m_switcher->setCurrentIndex(i);
        }
    }
    if (!listed) { // a --base-url connection: shown, not stored
        m_switcher->addItem(tr("%1 (this run only)").arg(active.name), active.id);
        m_switcher->setCurrentIndex(m_switcher->count() - 1);
    }
    // A profile that cannot be read is skipped, not lost: say so, or it silently vanishes.
    m_accountBar->showProfileProblems(m_profiles->accounts().profiles->problems());
}

void ProfileBar::showProfiles(bool startNew, const QString &key)
{
    const Accounts &accounts = m_profiles->accounts();
    auto *dialog = new ProfileDialog(accounts.profiles, accounts.secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profilesChanged, this, &ProfileBar::reload);
    connect(dialog, &ProfileDialog::sessionKeyEntered, this,
            [this](const QUuid &id, const QString &sessionKey) {
                if (const Result<Profile> p = m_profiles->find(id); p.isOk())
                    m_profiles->openWithSessionKey(p.value(), sessionKey);
            });
    connect(dialog, &ProfileDialog::useRequested, this, [this, dialog](const QUuid &id) {
        dialog->close();
        Q_EMIT openRequested(id);
    });
    if (startNew)
        dialog->startNew(key);
    else
        dialog->select(m_profiles->active().id);
    dialog->open();
}

void ProfileBar::showWelcome(const QString &environmentKey)
{
    auto *dialog = new WelcomeDialog(!environmentKey.isEmpty(), m_window);
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

void ProfileBar::askSessionKey(const Profile &profile, const QString &why)
{
    auto *ask = new QInputDialog(m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("sessionKey"));
    ask->setWindowTitle(tr("API key for this session"));
    ask->setLabelText(why);
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, profile](const QString &key) {
        if (!key.trimmed().isEmpty())
            m_profiles->openWithSessionKey(profile, key.trimmed());
    });
    ask->open();
}

void ProfileBar::confirmReset()
{
    if (!m_profiles->active().isSandbox() || m_edit->isSaving())
        return;
    Confirmation {QStringLiteral("confirmReset"),
                  tr("Reset sample data"),
                  tr("Generate the sample data again?"),
                  tr("Every change made to the sample segments, and any unsaved edit, is "
                     "lost. Your SendGrid accounts are not touched."),
                  QMessageBox::Reset,
                  QMessageBox::Question}
        .ask(m_window, [this] { Q_EMIT resetConfirmed(); });
}

void ProfileBar::retry()
{
    if (const QUuid target = m_profiles->retryTarget(); !target.isNull())
        return Q_EMIT openRequested(target);
    Q_EMIT reloadRequested();
}
