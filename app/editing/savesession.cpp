// SPDX-License-Identifier: MIT
#include "savesession.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"

SaveSession::SaveSession(SegmentsApi *api, const Segment &base, QString name, QString queryDsl,
                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_base(base)
    , m_name(std::move(name))
    , m_queryDsl(std::move(queryDsl))
{ }

void SaveSession::start()
{
    follow(m_api->get(m_base.id, false, this, [this](const ApiResult<Segment> &current) {
        if (!current.isOk())
            return Q_EMIT failed(current.error);
        if (current.value->updatedAt.raw != m_base.updatedAt.raw)
            return Q_EMIT conflict(*current.value);
        patch();
    }));
}

void SaveSession::overwrite()
{
    patch();
}

void SaveSession::patch()
{
    const SegmentPatch changes = SegmentPatch::between(m_base, m_base.queryDsl, m_name, m_queryDsl);
    if (changes.isEmpty())
        return Q_EMIT nothingToSave();
    follow(m_api->update(m_base.id, changes, this, [this](const ApiResult<Segment> &result) {
        if (result.error.mayHaveBeenApplied)
            return checkOutcome(result.error);
        if (!result.isOk())
            return Q_EMIT failed(result.error);
        Q_EMIT saved(*result.value);
    }));
}

void SaveSession::checkOutcome(const ApiError &cause)
{
    follow(m_api->get(m_base.id, false, this, [this, cause](const ApiResult<Segment> &current) {
        if (!current.isOk())
            return Q_EMIT failed(cause); // still unknown; the error says to check first
        const bool applied = current.value->name == m_name && current.value->queryDsl == m_queryDsl;
        Q_EMIT outcomeChecked(*current.value, applied, cause);
    }));
}

void SaveSession::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SaveSession::follow(ApiCall *call)
{
    m_call = call;
    if (call)
        connect(call, &ApiCall::retryScheduled, this,
                [this](int, qint64 delayMs, const ApiError &cause) {
                    Q_EMIT retryScheduled(delayMs, cause);
                });
}

QString SaveSession::waitText(const QString &name, const ApiError &cause, int secondsLeft)
{
    QString reason;
    switch (cause.kind) {
    case ApiError::Kind::RateLimited:
        reason = tr("SendGrid's rate limit is reached");
        break;
    case ApiError::Kind::Server:
        reason = tr("SendGrid answered with a server error (HTTP %1)").arg(cause.httpStatus);
        break;
    case ApiError::Kind::Timeout:
        reason = tr("SendGrid did not answer in time");
        break;
    case ApiError::Kind::Network:
        reason = tr("the connection to SendGrid failed");
        break;
    default:
        reason = cause.message;
        break;
    }
    return tr("Saving \"%1\": %2; sending again in %3 s (Esc or Cancel stops)")
        .arg(name, reason)
        .arg(secondsLeft);
}
