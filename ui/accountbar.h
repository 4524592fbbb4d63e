// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QFrame;
class QLabel;

/// Above the panes: a colour band for the active profile's tag (production in red) and, while
/// the sample data is open, a banner that says so and offers to connect a real account.
class AccountBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountBar(QWidget *parent = nullptr);

    void showProfile(const Profile &profile);
    static QColor tagColour(Profile::Tag tag);

Q_SIGNALS:
    void connectRequested();
    void resetRequested();

private:
    QFrame *m_band;
    QFrame *m_banner;
    QLabel *m_bandLabel;
};
