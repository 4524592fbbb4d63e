// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMainWindow;
class SendGridClient;

/// The Help menu: the user guide, the keyboard shortcuts and About.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    HelpMenu(const SendGridClient *client, QMainWindow *window);

private:
    void showAbout();

    const SendGridClient *m_client;
    QMainWindow *m_window;
};
