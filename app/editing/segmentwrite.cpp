// SPDX-License-Identifier: MIT
#include "segmentwrite.h"

#include "api/apicall.h"

using Fate = WriteOutcome::Fate;

SegmentWrite::SegmentWrite(SegmentsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

SegmentWrite *SegmentWrite::update(SegmentsApi *api, const QString &id, const SegmentPatch &patch,
                                   QObject *parent)
{
    auto *write = new SegmentWrite(api, parent);
    write->m_id = id;
    write->m_patch = patch;
    return write;
}

SegmentWrite *SegmentWrite::create(SegmentsApi *api, const SegmentCreate &segment, QObject *parent)
{
    auto *write = new SegmentWrite(api, parent);
    write->m_create = segment;
    return write;
}

void SegmentWrite::start()
{
    auto done = [this](const ApiResult<Segment> &result) { onReplied(result); };
    follow(m_id.isEmpty() ? m_api->create(m_create, this, done)
                          : m_api->update(m_id, m_patch, this, done));
}

void SegmentWrite::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SegmentWrite::onReplied(const ApiResult<Segment> &result)
{
    if (result.isOk())
        return finish({Fate::Written, result.value, {}, false});
    if (!result.error.mayHaveBeenApplied)
        return finish({Fate::NotWritten, std::nullopt, result.error, false});
    m_unclearReply = result.error;
    if (m_id.isEmpty())
        return findCreated();
    readBack(m_id);
}

void SegmentWrite::readBack(const QString &id)
{
    follow(m_api->get(id, false, this,
                      [this](const ApiResult<Segment> &current) { onReadBack(current); }));
}

// SendGrid keeps segment names unique: the segment this create made, if any, has its name.
void SegmentWrite::findCreated()
{
    follow(m_api->list({}, this, [this](const ApiResult<QList<SegmentSummary>> &listed) {
        if (!listed.isOk())
            return finish({Fate::Unknown, std::nullopt, m_unclearReply, true});
        for (const SegmentSummary &s : *listed.value) {
            if (s.name == m_create.name)
                return readBack(s.id);
        }
        finish({Fate::NotWritten, std::nullopt, m_unclearReply, true});
    }));
}

void SegmentWrite::onReadBack(const ApiResult<Segment> &current)
{
    if (!current.isOk())
        return finish({Fate::Unknown, std::nullopt, m_unclearReply, true});
    if (!holdsTheWrite(*current.value))
        return finish({Fate::NotWritten, std::nullopt, m_unclearReply, true});
    finish({Fate::Written, current.value, m_unclearReply, true});
}

// An update landed when every field it sent is there (the others may be someone else's); a
// create, when the segment of its name has its query and parent lists.
bool SegmentWrite::holdsTheWrite(const Segment &current) const
{
    if (m_id.isEmpty())
        return current.queryDsl == m_create.queryDsl
            && current.parentListIds == m_create.parentListIds;
    return (!m_patch.name || current.name == *m_patch.name)
        && (!m_patch.queryDsl || current.queryDsl == *m_patch.queryDsl);
}

void SegmentWrite::follow(ApiCall *call)
{
    m_call = call;
    Q_EMIT callStarted(call);
}

void SegmentWrite::finish(WriteOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    // Once SendGrid was asked, the error no longer says "may have been applied" unless that is
    // still open, so its advice (retry, or check first) is the right one.
    outcome.error.mayHaveBeenApplied = outcome.fate == Fate::Unknown;
    Q_EMIT finished(outcome);
    deleteLater();
}
