// SPDX-License-Identifier: MIT
#include "windowstatus.h"

#include "api/apicall.h"
#include "editing/editflow.h"
#include "editing/erroradvice.h"
#include "editing/validationfollower.h"
#include "icons.h"

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

WindowStatus::WindowStatus(EditFlow *flow, QStatusBar *bar)
    : QObject(bar)
    , m_flow(flow)
    , m_line(new StatusLine)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(Icons::action("cancel"), tr("Cancel")))
{
    m_line->setObjectName(QStringLiteral("status"));
    m_line->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the operation in progress (Esc)"));
    bar->addWidget(m_line, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &WindowStatus::cancelWork);
    followEditFlow();
    followChecks();
}

void WindowStatus::followEditFlow()
{
    connect(m_flow, &EditFlow::busy, this, [this](const QString &what) { setBusy(what, nullptr); });
    connect(m_flow, &EditFlow::failed, this, [this](const QString &message, const ApiError &e) {
        setIdle(message, e.kind != ApiError::Kind::Cancelled);
    });
    connect(m_flow, &EditFlow::finished, this,
            [this](const QString &message) { setIdle(message, true); });
    connect(m_flow, &EditFlow::storageProblem, this, &WindowStatus::sayProblem);
    connect(m_flow, &EditFlow::saveWaiting, this,
            [this](const QString &text) { say(text, StatusLine::Kind::Progress); });
}

// The validation follow-up after a save and a new segment's first count report here.
void WindowStatus::followChecks()
{
    connect(m_flow, &EditFlow::validationChecked, this, [this](int check) {
        say(tr("SendGrid is checking the query… (check %1 of %2, Esc stops following)")
                .arg(check)
                .arg(ValidationFollower::maxChecks),
            StatusLine::Kind::Progress);
    });
    connect(m_flow, &EditFlow::validationGaveUp, this,
            [this](const ApiError &e) { setIdle(e.toDisplayString(), true); });
    connect(m_flow, &EditFlow::countArrived, this, [this](const Segment &, const QString &word) {
        if (!word.isEmpty())
            sayProblem(word);
    });
    connect(m_flow, &EditFlow::countGaveUp, this, [this](const ApiError &e) {
        if (e.kind != ApiError::Kind::Cancelled)
            say(e.toDisplayString(), StatusLine::Kind::Notice);
    });
}

void WindowStatus::setBusy(const QString &what, ApiCall *call)
{
    m_call = call;
    say(what, StatusLine::Kind::Progress);
    m_progress->show();
    m_cancel->show();
}

void WindowStatus::setIdle(const QString &message, bool problem)
{
    m_call = nullptr;
    say(message, problem ? StatusLine::Kind::Problem : StatusLine::Kind::Notice);
    // A save still on its way (waiting out a rate limit) keeps its progress and its Cancel.
    m_progress->setVisible(m_flow->isSaving());
    m_cancel->setVisible(m_flow->isSaving() || m_flow->isFollowing());
}

void WindowStatus::showError(const QString &what, const ApiError &error)
{
    setIdle(ErrorAdvice::describe(what, error), error.kind != ApiError::Kind::Cancelled);
}

void WindowStatus::sayIfFailed(const QString &what, const VoidResult &result)
{
    if (!result.isOk())
        sayProblem(QStringLiteral("%1: %2").arg(what, result.error()));
}

void WindowStatus::cancelWork()
{
    if (m_call)
        m_call->cancel();
    const bool following = m_flow->isFollowing();
    m_flow->cancel();
    if (following && !m_flow->isBusy()) // nothing else reports: "SendGrid is checking" ends here
        setIdle(tr("Stopped following SendGrid's check of the query; reload (F5) to see its "
                   "status."));
}

bool WindowStatus::isBusy() const
{
    return m_call || m_flow->isBusy();
}

void WindowStatus::offerCancel()
{
    if (m_flow->isFollowing())
        m_cancel->show();
}
