// SPDX-License-Identifier: MIT
#include "profiledialog.h"
#include "confirmation.h"

#include "api/scopesapi.h"
#include "api/sendgridclient.h"
#include "icons.h"
#include "profiles/keypermissions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_testClient(new SendGridClient(this))
    , m_testScopes(new ScopesApi(m_testClient, this))
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_region(new QComboBox)
    , m_url(new QLineEdit)
    , m_tag(new QComboBox)
    , m_readOnly(new QCheckBox(tr("Read-only: never change segments with this profile")))
    , m_key(new QLineEdit)
    , m_showKey(new QCheckBox(tr("S&how the key while typing")))
    , m_keyHint(new QLabel)
    , m_status(new QLabel)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_save(new QPushButton(Icons::action("save"), tr("&Save profile")))
    , m_use(new QPushButton(tr("Save and &open")))
    , m_duplicate(new QPushButton(Icons::action("duplicate"), tr("D&uplicate")))
    , m_remove(new QPushButton(Icons::action("delete"), tr("&Remove…")))
{
    setWindowTitle(tr("Profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    auto *form = new QWidget;
    buildForm(form);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn(), 1);
    columns->addWidget(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_use, &QPushButton::clicked, this, [this] { save(true); });
    resize(760, 420);
    reloadList({});
}

void ProfileDialog::buildForm(QWidget *form)
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_region->setObjectName(QStringLiteral("profileRegion"));
    fillChoices();
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(tr("https://… (http only for this computer)"));
    m_tag->setObjectName(QStringLiteral("profileTag"));
    m_readOnly->setObjectName(QStringLiteral("profileReadOnly"));
    m_key->setObjectName(QStringLiteral("profileKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_showKey->setObjectName(QStringLiteral("showKey"));
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool visible) {
        m_key->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_url->setEnabled(m_region->currentData().toInt() == int(Profile::Region::Custom));
    });
    // Under the field, wrapped: a placeholder this long was cut off in German.
    m_keyHint->setObjectName(QStringLiteral("profileKeyHint"));
    m_keyHint->setTextFormat(Qt::PlainText);
    m_keyHint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QFormLayout(form);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Region:"), m_region);
    layout->addRow(tr("Ser&ver:"), m_url);
    layout->addRow(tr("T&ag:"), m_tag);
    layout->addRow(QString(), m_readOnly);
    layout->addRow(tr("API &key:"), m_key);
    layout->addRow(QString(), m_keyHint);
    layout->addRow(QString(), m_showKey);
    layout->addRow(formButtons());
    layout->addRow(m_status);
}

// The profiles, with Add, Duplicate and Remove under them.
QVBoxLayout *ProfileDialog::listColumn()
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    auto *add = new QPushButton(Icons::action("new"), tr("&Add"));
    add->setObjectName(QStringLiteral("addProfile"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_duplicate, m_remove})
        listButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    connect(add, &QPushButton::clicked, this, [this] { startNew(); });
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    return left;
}

void ProfileDialog::fillChoices()
{
    m_region->addItem(tr("Global (api.sendgrid.com)"), int(Profile::Region::Global));
    m_region->addItem(tr("EU (api.eu.sendgrid.com)"), int(Profile::Region::Eu));
    m_region->addItem(tr("Custom server"), int(Profile::Region::Custom));
    m_tag->addItem(tr("None"), int(Profile::Tag::None));
    m_tag->addItem(tr("Production (red; asks before changes)"), int(Profile::Tag::Production));
    m_tag->addItem(tr("Staging"), int(Profile::Tag::Staging));
    m_tag->addItem(tr("Development"), int(Profile::Tag::Development));
    m_tag->addItem(tr("Testing"), int(Profile::Tag::Testing));
}

// Test on the left, away from the two that save.
QHBoxLayout *ProfileDialog::formButtons()
{
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_use->setObjectName(QStringLiteral("useProfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_use);
    return buttons;
}

void ProfileDialog::reloadList(const QUuid &select)
{
    const Result<QList<Profile>> all = m_profiles->profiles();
    if (!all.isOk())
        return setStatus(all.error(), true);
    m_shown = all.value();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        const Profile &p = m_shown[i];
        m_list->addItem(p.name);
        if (p.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showProfile(row);
}

void ProfileDialog::select(const QUuid &id)
{
    reloadList(id);
}

void ProfileDialog::showProfile(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const Profile &p = m_shown[row];
    m_editing = p.id;
    m_name->setText(p.name);
    m_region->setCurrentIndex(m_region->findData(int(p.region)));
    m_url->setText(p.region == Profile::Region::Custom ? p.customUrl.toString() : QString());
    m_tag->setCurrentIndex(m_tag->findData(int(p.tag)));
    m_readOnly->setChecked(p.readOnly);
    m_key->clear();
    m_key->setPlaceholderText({});
    m_keyHint->setText(tr("Kept in the keychain; type a new key to replace it"));
    m_keyHint->show();
    // The sample-data profile is built in: it can be opened, not changed.
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_name, m_region, m_url, m_tag, m_readOnly, m_key,
                                           m_save, m_test, m_duplicate, m_remove})
        w->setEnabled(!p.isSandbox());
    m_url->setEnabled(!p.isSandbox() && p.region == Profile::Region::Custom);
    setStatus(p.isSandbox() ? tr("The sample-data profile is built in: it cannot be changed or "
                                 "removed.")
                            : QString());
}

void ProfileDialog::startNew(const QString &key)
{
    m_list->clearSelection();
    m_editing = QUuid();
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_region, m_tag, m_readOnly, m_key,
                                                        m_save, m_test, m_use})
        w->setEnabled(true);
    m_duplicate->setEnabled(false);
    m_remove->setEnabled(false);
    m_name->setText(key.isEmpty() ? QString() : tr("SendGrid"));
    m_region->setCurrentIndex(0);
    m_url->clear();
    m_url->setEnabled(false);
    m_tag->setCurrentIndex(0);
    m_readOnly->setChecked(false);
    m_key->setText(key);
    m_key->setPlaceholderText(tr("SG.…"));
    m_keyHint->hide();
    setStatus(tr("Name the account, choose its region and paste an API key with Marketing "
                 "scopes. The key goes to the system keychain, never to a file."));
    m_name->setFocus();
}

Profile ProfileDialog::profileFromForm() const
{
    Profile p;
    if (const auto found = std::find_if(m_shown.begin(), m_shown.end(),
                                        [this](const Profile &s) { return s.id == m_editing; });
        found != m_shown.end())
        p = *found;
    p.name = m_name->text().trimmed();
    p.region = Profile::Region(m_region->currentData().toInt());
    p.customUrl = p.region == Profile::Region::Custom ? QUrl(m_url->text().trimmed()) : QUrl();
    p.tag = Profile::Tag(m_tag->currentData().toInt());
    p.readOnly = m_readOnly->isChecked();
    return p;
}

void ProfileDialog::duplicate()
{
    if (m_editing.isNull())
        return;
    const Result<Profile> copy = m_profiles->duplicate(m_editing);
    if (!copy.isOk())
        return setStatus(copy.error(), true);
    reloadList(copy.value().id);
    setStatus(tr("Made \"%1\". A copy has no key yet: paste one and save.").arg(copy.value().name));
    Q_EMIT profilesChanged();
}

void ProfileDialog::remove()
{
    const Profile p = profileFromForm();
    if (m_editing.isNull() || p.isSandbox())
        return;
    Confirmation {QStringLiteral("confirmRemoveProfile"), tr("Remove profile"),
                  tr("Remove the profile \"%1\"?").arg(p.name),
                  tr("Its API key is deleted from the keychain. The segments in SendGrid "
                     "are not touched.")}
        .ask(this, [this, p] { removeConfirmed(p); });
}

void ProfileDialog::removeConfirmed(const Profile &p)
{
    if (const VoidResult removed = m_profiles->remove(p.id); !removed.isOk())
        return setStatus(removed.error(), true);
    m_secrets->remove(p.id, this, [this, name = p.name](const SecretResult &deleted) {
        setStatus(deleted.isFailure()
                      ? tr("Removed \"%1\", but its key could not be deleted from the keychain: %2")
                            .arg(name, deleted.message())
                      : tr("Removed \"%1\" and its key.").arg(name),
                  deleted.isFailure());
    });
    reloadList({});
    Q_EMIT profilesChanged();
}

void ProfileDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? ThemeColours::errorStyleSheet(palette()) : QString());
    m_status->setText(text);
}
