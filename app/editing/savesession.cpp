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
    readThenPatch(m_base, false);
}

void SaveSession::overwrite()
{
    readThenPatch(m_theirs, true);
}

bool SaveSession::changedSince(const Segment &seen, const Segment &current)
{
    return current.updatedAt.raw != seen.updatedAt.raw || current.name != seen.name
        || current.queryDsl != seen.queryDsl || current.parentListIds != seen.parentListIds;
}

void SaveSession::readThenPatch(const Segment &seen, bool whole)
{
    follow(
        m_api->get(m_base.id, false, this, [this, seen, whole](const ApiResult<Segment> &current) {
            if (!current.isOk())
                return Q_EMIT failed(current.error);
            if (changedSince(seen, *current.value)) {
                m_theirs = *current.value;
                return Q_EMIT conflict(m_theirs);
            }
            patch(whole);
        }));
}

// Mine over theirs (`whole`) sends the name and the query as the conflict showed them: only
// what differs from the base would leave their other change in place under my name.
void SaveSession::patch(bool whole)
{
    const SegmentPatch changes = whole
        ? SegmentPatch {m_name, m_queryDsl}
        : SegmentPatch::between(m_base, m_base.queryDsl, m_name, m_queryDsl);
    if (changes.isEmpty())
        return Q_EMIT nothingToSave();
    auto *write = SegmentWrite::update(m_api, m_base.id, changes, this);
    connect(write, &SegmentWrite::callStarted, this, &SaveSession::follow);
    connect(write, &SegmentWrite::finished, this, &SaveSession::written);
    write->start();
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
