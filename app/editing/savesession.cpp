// SPDX-License-Identifier: MIT
#include "savesession.h"

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
    m_call = m_api->get(m_base.id, false, this, [this](const ApiResult<Segment> &current) {
        if (!current.isOk())
            return Q_EMIT failed(current.error);
        if (current.value->updatedAt.raw != m_base.updatedAt.raw)
            return Q_EMIT conflict(*current.value);
        patch();
    });
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
    m_call = m_api->update(m_base.id, changes, this, [this](const ApiResult<Segment> &result) {
        if (result.error.mayHaveBeenApplied)
            return checkOutcome(result.error);
        if (!result.isOk())
            return Q_EMIT failed(result.error);
        Q_EMIT saved(*result.value);
    });
}

void SaveSession::checkOutcome(const ApiError &cause)
{
    m_call = m_api->get(m_base.id, false, this, [this, cause](const ApiResult<Segment> &current) {
        if (!current.isOk())
            return Q_EMIT failed(cause); // still unknown; the error says to check first
        const bool applied = current.value->name == m_name && current.value->queryDsl == m_queryDsl;
        Q_EMIT outcomeChecked(*current.value, applied, cause);
    });
}

void SaveSession::cancel()
{
    if (m_call)
        m_call->cancel();
}
