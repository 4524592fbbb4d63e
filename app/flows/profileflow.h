// SPDX-License-Identifier: MIT
#pragma once

#include "accounts.h"
#include "common/result.h"
#include "profiles/accountconnector.h"
#include "profiles/profile.h"

#include <QObject>

class Clock;
class DraftStore;
class SegmentTableModel;

/// Switching profiles, without widgets: which profile is open and which is being connected,
/// what Retry opens after a failed start, the once-per-session confirmation a production
/// profile asks for, why a profile cannot write, and each profile's own drafts file. The
/// window asks the person (unsaved edits, a session key) and shows the outcome.
class ProfileFlow : public QObject
{
    Q_OBJECT

public:
    /// Starts on the sample-data profile. `listed` is the list as shown: a profile that fails
    /// while it is empty leaves nothing open, and Retry opens that profile.
    ProfileFlow(Accounts accounts, DraftStore *drafts, Clock *clock,
                const SegmentTableModel *listed, QObject *parent = nullptr);
    ~ProfileFlow() override;

    const Accounts &accounts() const { return m_accounts; }
    const Profile &active() const { return m_active; }
    /// The active profile's id as the local history files it.
    QString historyKey() const;
    bool isOpening() const { return !m_opening.isNull(); }
    Result<Profile> find(const QUuid &id) const;
    /// The stored profiles; the active one is taken again from the store (a rename shows).
    Result<QList<Profile>> profiles();
    /// Connects to `profile`: connected() or failed() follows.
    void open(const Profile &profile);
    /// No keychain: connects with a key kept in memory for this run.
    void openWithSessionKey(const Profile &profile, const QString &key);
    /// Retry and F5: the profile that failed to open while none was open; null otherwise.
    QUuid retryTarget() const;
    /// A production profile asks once per session before anything is written.
    bool needsProductionConfirmation() const;
    void confirmProduction() { m_productionConfirmed = true; }
    /// Why segments cannot be changed in the active profile; empty when they can.
    QString readOnlyReason(const KeyPermissions &permissions) const;
    /// The active profile's drafts file, in place of the previous profile's.
    VoidResult openDrafts();

Q_SIGNALS:
    /// `another`: a profile other than the one open before.
    void connected(const Profile &profile, const KeyPermissions &permissions, bool another);
    /// `nothingOpen`: no list was shown, so nothing stays open (Retry opens `profile`).
    void failed(const Profile &profile, AccountConnector::Problem problem, const QString &message,
                bool nothingOpen);
    void storageProblem(const QString &message);

private:
    void onConnected(const Profile &profile, const KeyPermissions &permissions);
    void onFailed(const Profile &profile, AccountConnector::Problem problem,
                  const QString &message);

    Accounts m_accounts;
    DraftStore *m_drafts;
    Clock *m_clock;
    const SegmentTableModel *m_listed;
    Profile m_active;
    QUuid m_opening; ///< the profile being connected, null when none
    QUuid m_retryProfile; ///< failed to open while no account was open: Retry opens it
    bool m_productionConfirmed = false; ///< for the active profile, this session
};
