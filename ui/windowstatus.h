// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "common/result.h"
#include "statusline.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class EditFlow;
class QProgressBar;
class QPushButton;
class QStatusBar;

/// The window's status bar: what runs (with progress and Cancel, Esc), how it ended, problems
/// that stay, and what the edit flow reports of saves, validation and counts. It holds the
/// window's own operation (a list read, a create, a delete) so that Cancel can stop it.
class WindowStatus : public QObject
{
    Q_OBJECT

public:
    WindowStatus(EditFlow *flow, QStatusBar *bar);

    StatusLine *line() const { return m_line; }
    /// `call` (none: the edit flow's own) is what Cancel stops.
    void setBusy(const QString &what, ApiCall *call);
    /// The work ended; `message` (a notice, or a problem that stays) says how.
    void setIdle(const QString &message = {}, bool problem = false);
    void say(const QString &text, StatusLine::Kind kind) { m_line->say(text, kind); }
    void sayProblem(const QString &message) { say(message, StatusLine::Kind::Problem); }
    /// What failed, why and what to do next; a cancel is no problem.
    void showError(const QString &what, const ApiError &error);
    /// Says in the status line that a local store failed: `what` names it.
    void sayIfFailed(const QString &what, const VoidResult &result);
    /// Cancel and Esc: stops the window's operation and whatever the edit flow runs.
    void cancelWork();
    bool isBusy() const;
    /// A segment opened while SendGrid's check of its query is followed: Esc stops following.
    void offerCancel();

private:
    void followEditFlow();
    void followChecks();

    EditFlow *m_flow;
    StatusLine *m_line;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<ApiCall> m_call;
};
