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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (environmentKey)
        addChoice(layout, Choice::UseEnvironmentKey, QStringLiteral("useEnvironmentKey"),
                  tr("Use the key in SENDGRID_API_KEY"),
                  tr("Make a profile from the API key set in this environment and store it in "
                     "the keychain."));
    addChoice(layout, Choice::ConnectAccount, QStringLiteral("connectAccount"),
              tr("Connect your SendGrid account"),
              tr("Name the account and paste an API key; the key is kept in the system "
                 "keychain."));
    QWidget *explore = addChoice(
        layout, Choice::ExploreSampleData, QStringLiteral("exploreSampleData"),
        tr("Explore with sample data"),
        tr("A local sandbox with 10,000 made-up contacts and a dozen segments. Nothing is sent "
           "to SendGrid. You can connect an account at any time."));
    explore->setFocus();
    // As tall as its texts need at this width: the layout's minimum height knows nothing of
    // wrapped lines, and the buttons' descriptions were cut off until the dialog was resized.
    ensurePolished();
    resize(520, heightForWidth(520));
}

// One answer: a button that names it, takes it and closes the dialog.
QWidget *WelcomeDialog::addChoice(QVBoxLayout *layout, Choice choice, const QString &name,
                                  const QString &text, const QString &description)
{
    auto *button = new QCommandLinkButton(text, description);
    button->setObjectName(name);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        m_choice = choice;
        accept();
    });
    return button;
}
