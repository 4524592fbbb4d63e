// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QVBoxLayout;

/// The first start: connect a SendGrid account, or explore the sample data first. When
/// SENDGRID_API_KEY is set, a profile can be made from it.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { ExploreSampleData, ConnectAccount, UseEnvironmentKey };

    explicit WelcomeDialog(bool environmentKey, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    QWidget *addChoice(QVBoxLayout *layout, Choice choice, const QString &name, const QString &text,
                       const QString &description);

    Choice m_choice = Choice::ExploreSampleData;
};
