// SPDX-License-Identifier: MIT
#include "accountbar.h"

#include "themecolours.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AccountBar::AccountBar(QWidget *parent)
    : QWidget(parent)
    , m_band(new QFrame)
    , m_banner(new QFrame)
    , m_bandLabel(new QLabel)
    , m_problems(new QLabel)
{
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setAccessibleName(tr("Profiles that could not be read"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setContentsMargins(8, 2, 8, 2);
    m_problems->hide();
    m_band->setObjectName(QStringLiteral("profileBand"));
    m_band->setAutoFillBackground(true);
    m_bandLabel->setTextFormat(Qt::PlainText);
    auto *bandLayout = new QHBoxLayout(m_band);
    bandLayout->setContentsMargins(8, 2, 8, 2);
    bandLayout->addWidget(m_bandLabel);
    buildBanner();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_band);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
}

// The sample data's banner: what it is, Reset, and Connect for one's own account.
void AccountBar::buildBanner()
{
    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAccessibleName(tr("Sample data notice"));
    auto *text = new QLabel(tr("Sample data: this is SegmentDesk's local sandbox with made-up "
                               "contacts. Nothing you do here reaches SendGrid."));
    text->setWordWrap(true);
    auto *connectAccount = new QPushButton(tr("Connect your SendGrid account…"));
    connectAccount->setObjectName(QStringLiteral("bannerConnect"));
    connectAccount->setAccessibleName(tr("Connect your SendGrid account"));
    auto *reset = new QPushButton(tr("Reset sample data…"));
    reset->setObjectName(QStringLiteral("resetSampleData"));
    reset->setAccessibleName(tr("Reset sample data"));
    reset->setToolTip(tr("Throw away every change made here and generate the sample data again"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(text, 1);
    bannerLayout->addWidget(reset);
    bannerLayout->addWidget(connectAccount);
    connect(connectAccount, &QPushButton::clicked, this, &AccountBar::connectRequested);
    connect(reset, &QPushButton::clicked, this, &AccountBar::resetRequested);
}

QColor AccountBar::tagColour(Profile::Tag tag)
{
    switch (tag) {
    case Profile::Tag::Production:
        return QColor(0xc6, 0x28, 0x28);
    case Profile::Tag::Staging:
        return QColor(0xef, 0x6c, 0x00);
    case Profile::Tag::Development:
        return QColor(0x2e, 0x7d, 0x32);
    case Profile::Tag::Testing:
        return QColor(0x15, 0x65, 0xc0);
    case Profile::Tag::None:
        break;
    }
    return {};
}

void AccountBar::showProfile(const Profile &profile)
{
    const QColor colour = tagColour(profile.tag);
    m_band->setVisible(colour.isValid());
    if (colour.isValid()) {
        QPalette palette = m_band->palette();
        palette.setColor(QPalette::Window, colour);
        palette.setColor(QPalette::WindowText, Qt::white);
        m_band->setPalette(palette);
        m_bandLabel->setPalette(palette);
        m_bandLabel->setText(tr("%1 — %2").arg(profile.name, Profile::tagName(profile.tag)));
    }
    m_banner->setVisible(profile.isSandbox());
}

void AccountBar::showProfileProblems(const QStringList &problems)
{
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, ThemeColours::warning(palette));
    m_problems->setPalette(palette);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}
