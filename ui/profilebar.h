// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/accountconnector.h"

#include <QObject>

class AccountBar;
class EditFlow;
class ProfileFlow;
class QComboBox;
class QMainWindow;
class WindowStatus;

/// The window's accounts: the profile switcher (Ctrl+1…9) on its toolbar, the profile dialog,
/// the first start's welcome, a session key when there is no keychain, and the sample data's
/// reset. Opening a profile is the window's (it asks about unsaved edits first).
class ProfileBar : public QObject
{
    Q_OBJECT

public:
    ProfileBar(ProfileFlow *profiles, const EditFlow *edit, AccountBar *accountBar,
               WindowStatus *status, QMainWindow *window);

    /// The switcher shows the stored profiles and the open one, and names the unreadable ones.
    void reload();
    /// The profile dialog, optionally starting a new profile with `key` filled in.
    void showProfiles(bool startNew = false, const QString &key = {});
    /// The first start's choice: connect an account (or make a profile from `environmentKey`),
    /// or stay on the sample data.
    void showWelcome(const QString &environmentKey);
    /// No keychain: the key is asked for and kept in memory for this run, never written.
    void askSessionKey(const Profile &profile, const QString &why);
    /// Asks before the sample data is made anew (not while a save runs); resetConfirmed()
    /// follows a yes.
    void confirmReset();
    /// Retry and F5: the profile that failed to open while none was open, else a reload.
    void retry();

Q_SIGNALS:
    void openRequested(const QUuid &id);
    void reloadRequested();
    void resetConfirmed();

private:
    void addJumpShortcuts();

    ProfileFlow *m_profiles;
    const EditFlow *m_edit;
    AccountBar *m_accountBar;
    WindowStatus *m_status;
    QMainWindow *m_window;
    QComboBox *m_switcher;
};
