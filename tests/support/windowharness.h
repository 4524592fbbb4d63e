// SPDX-License-Identifier: MIT
#pragma once

#include "api/sendgridclient.h"
#include "local/draftstore.h"
#include "local/historystore.h"
#include "mainwindow.h"
#include "testaccounts.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QLineEdit;
class QPlainTextEdit;
class SandboxFixture;

namespace WindowTest {
/// Answers the next modal dialog with `answer` once it is shown.
void whenModalShows(std::function<void(QWidget *)> answer);
/// Whether the character at `position` of the editor's text is drawn underlined.
bool underlinedAt(QPlainTextEdit *editor, int position);
/// Clicks the button of `dialog` with this object name or text (mnemonics ignored).
bool clickButton(QWidget *dialog, const QString &objectNameOrText);
} // namespace WindowTest

/// A real MainWindow on an in-process sandbox, for GUI tests in files of their own: drafts,
/// history and settings in a temporary folder, the sample-data profile open, helpers that fail
/// their caller (QVERIFY inside) when the window does not do what they ask.
class WindowHarness
{
public:
    explicit WindowHarness(SandboxFixture &sandbox);
    ~WindowHarness();

    /// Shows the window and waits until the first segment is open; false if it never is.
    bool open();
    MainWindow *window() const { return m_window.get(); }
    /// Opens the segment named `name` from the list; false when it is not there or not shown.
    bool select(const QString &name);
    /// Ctrl+S, then the save's outcome (false also when it did not finish in time).
    bool saveAndWait();
    QLineEdit *nameField() const;
    QPlainTextEdit *sqlField() const;
    /// The segment as SendGrid (the sandbox) has it now.
    QJsonObject fromApi(const QString &id) const;
    DraftStore &drafts() { return m_drafts; }
    /// Where drafts, history and settings are kept (drafts.sqlite, history.sqlite, …).
    QString dataDir() const { return m_dir.path(); }
    HistoryStore &history() { return m_history; }
    ProfileStore &profiles() { return m_accounts->profiles; }
    QString settingsFile() const { return m_accounts->settings.filePath(); }

private:
    SandboxFixture &m_sandbox;
    QTemporaryDir m_dir;
    DraftStore m_drafts;
    HistoryStore m_history;
    SendGridClient m_client;
    std::unique_ptr<TestAccounts> m_accounts;
    std::unique_ptr<MainWindow> m_window;
};
