// SPDX-License-Identifier: MIT
#include "profileflow.h"

#include "common/clock.h"
#include "local/draftstore.h"
#include "models/segmenttablemodel.h"
#include "profiles/profilestore.h"

#include <QDir>

ProfileFlow::ProfileFlow(Accounts accounts, DraftStore *drafts, Clock *clock,
                         const SegmentTableModel *listed, QObject *parent)
    : QObject(parent)
    , m_accounts(std::move(accounts))
    , m_drafts(drafts)
    , m_clock(clock)
    , m_listed(listed)
    , m_active(Profile::sandbox())
{
    connect(m_accounts.connector, &AccountConnector::connected, this, &ProfileFlow::onConnected);
    connect(m_accounts.connector, &AccountConnector::failed, this, &ProfileFlow::onFailed);
}

ProfileFlow::~ProfileFlow() = default;

QString ProfileFlow::historyKey() const
{
    return m_active.id.toString(QUuid::WithoutBraces);
}

Result<Profile> ProfileFlow::find(const QUuid &id) const
{
    return m_accounts.profiles->find(id);
}

Result<QList<Profile>> ProfileFlow::profiles()
{
    Result<QList<Profile>> all = m_accounts.profiles->profiles();
    if (all.isOk()) {
        for (const Profile &p : all.value())
            if (p.id == m_active.id)
                m_active = p;
    }
    return all;
}

void ProfileFlow::open(const Profile &profile)
{
    m_opening = profile.id;
    m_accounts.connector->connectTo(profile);
}

void ProfileFlow::openWithSessionKey(const Profile &profile, const QString &key)
{
    m_accounts.connector->connectWithSessionKey(profile, key);
}

// Until a profile opens, the window's client points at no account of the person's (the default
// server, no key): Retry after a failed start used to send the list request there.
QUuid ProfileFlow::retryTarget() const
{
    return m_opening.isNull() ? m_retryProfile : QUuid();
}

bool ProfileFlow::needsProductionConfirmation() const
{
    return m_active.tag == Profile::Tag::Production && !m_productionConfirmed;
}

QString ProfileFlow::readOnlyReason(const KeyPermissions &permissions) const
{
    if (m_active.readOnly)
        return tr("The profile \"%1\" is read-only (Profiles, Ctrl+Shift+P).").arg(m_active.name);
    if (!permissions.canWrite())
        return tr("The API key of \"%1\" cannot change segments: it has no Marketing write "
                  "scope.")
            .arg(m_active.name);
    return {};
}

VoidResult ProfileFlow::openDrafts()
{
    const QString file = m_active.isSandbox()
        ? QStringLiteral("drafts.sqlite")
        : QStringLiteral("drafts-%1.sqlite").arg(historyKey());
    VoidResult opened = m_drafts->open(QDir(m_accounts.dataDir).filePath(file));
    if (!opened.isOk())
        return VoidResult::failure(tr("Local drafts: %1").arg(opened.error()));
    return opened;
}

void ProfileFlow::onConnected(const Profile &profile, const KeyPermissions &permissions)
{
    const bool another = profile.id != m_active.id;
    m_opening = QUuid();
    m_retryProfile = QUuid();
    if (another)
        m_productionConfirmed = false;
    m_active = profile;
    if (m_accounts.profiles->find(profile.id).isOk()) { // not a --base-url connection
        const VoidResult used = m_accounts.profiles->markUsed(profile.id, m_clock->now());
        if (!used.isOk())
            Q_EMIT storageProblem(tr("Profiles: %1").arg(used.error()));
    }
    Q_EMIT connected(profile, permissions, another);
}

void ProfileFlow::onFailed(const Profile &profile, AccountConnector::Problem problem,
                           const QString &message)
{
    m_opening = QUuid();
    const bool nothingOpen = m_listed->rowCount() == 0; // else the open account stays
    if (nothingOpen)
        m_retryProfile = profile.id;
    Q_EMIT failed(profile, problem, message, nothingOpen);
}
