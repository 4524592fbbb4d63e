// SPDX-License-Identifier: MIT
// ProfileDialog and API keys: checked with SendGrid before they are kept, written to the
// keychain (or kept for the session without one), and "Test connection".
#include "api/scopesapi.h"
#include "api/sendgridclient.h"
#include "confirmation.h"
#include "profiledialog.h"
#include "profiles/keypermissions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QLineEdit>

namespace {

QString yesNo(bool allowed)
{
    return allowed ? QObject::tr("yes") : QObject::tr("no");
}

} // namespace

void ProfileDialog::save(bool useAfterwards)
{
    const Profile p = profileFromForm();
    if (const VoidResult valid = p.validate(); !valid.isOk())
        return setStatus(valid.error(), true);
    const QString key = m_key->text().trimmed();
    if (m_editing.isNull() && key.isEmpty())
        return setStatus(tr("Paste the API key of this account first."), true);
    if (key.isEmpty())
        return store(p, key, useAfterwards);
    checkKey(p, key, [this, p, key, useAfterwards](bool rejected) {
        if (!rejected)
            return store(p, key, useAfterwards);
        Confirmation {QStringLiteral("confirmRejectedKey"), tr("Key rejected"),
                      tr("SendGrid rejected this API key (401)."),
                      tr("It may be mistyped, incomplete or revoked. Saved, it makes \"%1\" "
                         "fail to open until the key is replaced. Save it anyway?")
                          .arg(p.name),
                      QMessageBox::Save}
            .ask(
                this, [this, p, key, useAfterwards] { store(p, key, useAfterwards); },
                [this] { setStatus(tr("Not saved: SendGrid rejected this key (401)."), true); });
    });
}

// A typed key is shown to SendGrid before it is kept: only a 401 says it is wrong; an
// unreachable server says nothing about the key, so the profile is saved as asked.
void ProfileDialog::checkKey(const Profile &profile, const QString &key,
                             std::function<void(bool rejected)> then)
{
    if (!m_testClient->setBaseUrl(profile.baseUrl()).isOk() || !m_testClient->setApiKey(key).isOk())
        return then(false); // the profile's own checks say what is wrong
    setStatus(tr("Checking the key with SendGrid…"));
    m_testScopes->list(this, [then](const ApiResult<QStringList> &scopes) {
        then(!scopes.isOk() && scopes.error.kind == ApiError::Kind::Unauthorized);
    });
}

void ProfileDialog::store(Profile p, const QString &key, bool useAfterwards)
{
    if (p.id.isNull() || !m_profiles->find(p.id).isOk()) {
        const Result<Profile> added = m_profiles->add(p);
        if (!added.isOk())
            return setStatus(added.error(), true);
        p = added.value();
    } else if (const VoidResult updated = m_profiles->update(p); !updated.isOk()) {
        return setStatus(updated.error(), true);
    }
    m_editing = p.id;
    reloadList(p.id);
    Q_EMIT profilesChanged();
    saveKey(p, key, useAfterwards);
}

void ProfileDialog::saveKey(const Profile &profile, const QString &key, bool useAfterwards)
{
    if (key.isEmpty()) {
        setStatus(tr("Saved \"%1\".").arg(profile.name));
        if (useAfterwards)
            Q_EMIT useRequested(profile.id);
        return;
    }
    setStatus(tr("Saving the key in the keychain…"));
    m_secrets->write(
        profile.id, key, this, [this, profile, key, useAfterwards](const SecretResult &written) {
            if (written.isOk())
                setStatus(tr("Saved \"%1\"; its key is in the system keychain.").arg(profile.name));
            else {
                setStatus(tr("%1 SegmentDesk keeps this key for this session only; enter it "
                             "again next time.")
                              .arg(written.message()),
                          true);
                Q_EMIT sessionKeyEntered(profile.id, key);
            }
            if (useAfterwards)
                Q_EMIT useRequested(profile.id);
        });
}

void ProfileDialog::testConnection()
{
    const Profile p = profileFromForm();
    if (const VoidResult url = m_testClient->setBaseUrl(p.baseUrl()); !url.isOk())
        return setStatus(url.error(), true);
    auto ask = [this](const QString &key) {
        if (const VoidResult accepted = m_testClient->setApiKey(key); !accepted.isOk())
            return setStatus(accepted.error(), true);
        setStatus(tr("Asking SendGrid what this key may do…"));
        m_testScopes->list(this, [this](const auto &scopes) { showTestResult(scopes); });
    };
    if (!m_key->text().trimmed().isEmpty())
        return ask(m_key->text().trimmed());
    if (m_editing.isNull())
        return setStatus(tr("Paste the API key to test it."), true);
    m_secrets->read(m_editing, this, [this, ask](const SecretResult &stored) {
        if (stored.isOk())
            return ask(stored.secret());
        setStatus(stored.isFailure() ? stored.message()
                                     : tr("No key is stored for this profile yet: paste one."),
                  true);
    });
}

void ProfileDialog::showTestResult(const ApiResult<QStringList> &scopes)
{
    if (!scopes.isOk()) {
        const bool rejected = scopes.error.kind == ApiError::Kind::Unauthorized;
        return setStatus(rejected ? tr("SendGrid rejected this key (401): check that it is "
                                       "complete and not revoked.")
                                  : scopes.error.toDisplayString(),
                         true);
    }
    const KeyPermissions p = KeyPermissions::fromScopes(*scopes.value);
    QString text = tr("Connected. Read segments: %1 · create: %2 · update: %3 · delete: %4.")
                       .arg(yesNo(p.read), yesNo(p.create), yesNo(p.update), yesNo(p.remove));
    if (!p.canWrite())
        text += tr(" This key cannot change segments: the profile opens read-only.");
    setStatus(text, !p.read);
}
