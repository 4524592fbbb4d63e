// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QFrame;
class QLabel;

/// Above the panes: a colour band for the active profile's tag (production in red), while the
/// sample data is open a banner that says so and offers to connect a real account, and what of
/// the profiles could not be read (they are skipped, not lost).
class AccountBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountBar(QWidget *parent = nullptr);

    void showProfile(const Profile &profile);
    /// Each a sentence (ProfileStore::problems()); none hides the line.
    void showProfileProblems(const QStringList &problems);
    static QColor tagColour(Profile::Tag tag);

Q_SIGNALS:
    void connectRequested();
    void resetRequested();

private:
    void buildBanner();
    QFrame *m_band;
    QFrame *m_banner;
    QLabel *m_bandLabel;
    QLabel *m_problems;
};
