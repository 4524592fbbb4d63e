// SPDX-License-Identifier: MIT
#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(bool environmentKey, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to SegmentDesk"));
    setObjectName(QStringLiteral("welcome"));
    auto *intro = new QLabel(tr("SegmentDesk edits the segments of SendGrid Marketing Campaigns: "
                                "their names and queries, with the count and sample SendGrid "
                                "computes."));
    intro->setWordWrap(true);
    auto *connectAccount = new QCommandLinkButton(
        tr("Connect your SendGrid account"),
        tr("Name the account and paste an API key; the key is kept in the system keychain."));
    connectAccount->setObjectName(QStringLiteral("connectAccount"));
    auto *explore = new QCommandLinkButton(
        tr("Explore with sample data"),
        tr("A local sandbox with 10,000 made-up contacts and a dozen segments. Nothing is sent "
           "to SendGrid. You can connect an account at any time."));
    explore->setObjectName(QStringLiteral("exploreSampleData"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (environmentKey) {
        auto *useKey = new QCommandLinkButton(
            tr("Use the key in SENDGRID_API_KEY"),
            tr("Make a profile from the API key set in this environment and store it in the "
               "keychain."));
        useKey->setObjectName(QStringLiteral("useEnvironmentKey"));
        layout->addWidget(useKey);
        connect(useKey, &QPushButton::clicked, this, [this] {
            m_choice = Choice::UseEnvironmentKey;
            accept();
        });
    }
    layout->addWidget(connectAccount);
    layout->addWidget(explore);
    connect(connectAccount, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ConnectAccount;
        accept();
    });
    connect(explore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ExploreSampleData;
        accept();
    });
    explore->setFocus();
    // As tall as its texts need at this width: the layout's minimum height knows nothing of
    // wrapped lines, and the buttons' descriptions were cut off until the dialog was resized.
    ensurePolished();
    resize(520, heightForWidth(520));
}
