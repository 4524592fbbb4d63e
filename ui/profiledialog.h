// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "profiles/profile.h"

#include <QDialog>

#include <functional>

class ProfileStore;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class ScopesApi;
class SecretStore;
class SendGridClient;

/// Profiles: add, edit, duplicate and remove SendGrid accounts. The key is typed masked (with a
/// show toggle), written to the keychain, and never shown again; "Test connection" asks
/// SendGrid which segment operations the key allows.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    /// Starts a new profile, its key field already filled (from SENDGRID_API_KEY).
    void startNew(const QString &key = {});
    void select(const QUuid &id);

Q_SIGNALS:
    void profilesChanged();
    /// The person wants to work with this profile now.
    void useRequested(const QUuid &id);
    /// The keychain refused the key: the window keeps it for this session only.
    void sessionKeyEntered(const QUuid &id, const QString &key);

private:
    QVBoxLayout *listColumn();
    void buildForm(QWidget *form);
    void fillChoices();
    QHBoxLayout *formButtons();
    void reloadList(const QUuid &select);
    void showProfile(int row);
    Profile profileFromForm() const;
    void save(bool useAfterwards);
    /// `then(rejected)`: whether SendGrid answered 401 for `key` on `profile`'s server.
    void checkKey(const Profile &profile, const QString &key,
                  std::function<void(bool rejected)> then);
    /// Adds or updates `profile`, then keeps `key` (if any).
    void store(Profile profile, const QString &key, bool useAfterwards);
    void saveKey(const Profile &profile, const QString &key, bool useAfterwards);
    void duplicate();
    void remove();
    void removeConfirmed(const Profile &profile);
    void testConnection();
    void showTestResult(const ApiResult<QStringList> &scopes);
    void setStatus(const QString &text, bool error = false);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SendGridClient *m_testClient;
    ScopesApi *m_testScopes;
    QList<Profile> m_shown;
    QUuid m_editing; ///< null while a new profile is being filled in
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_url;
    QComboBox *m_tag;
    QCheckBox *m_readOnly;
    QLineEdit *m_key;
    QCheckBox *m_showKey;
    QLabel *m_keyHint; ///< what typing a key does to the one stored
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_use;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
};
