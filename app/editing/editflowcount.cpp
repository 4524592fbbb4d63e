// SPDX-License-Identifier: MIT
// EditFlow's counts: a new segment followed until its first count, and F5's reread.
#include "editflow.h"

#include "api/apicall.h"
#include "api/segmentsapi.h"
#include "editing/countfollower.h"
#include "editing/erroradvice.h"
#include "editing/savesession.h"

void EditFlow::connectCounter()
{
    connect(m_counter, &CountFollower::counted, this, [this](const Segment &read) {
        if (read.id != m_current.id)
            return;
        takeCount(read);
        Q_EMIT segmentChanged(m_current); // the list's row says the count too
        Q_EMIT countArrived(m_current, {});
    });
    connect(m_counter, &CountFollower::gaveUp, this, &EditFlow::countGaveUp);
}

// A segment SendGrid has not counted shows "not counted yet", and one whose query was changed
// here shows its count as the previous query's, until the count arrives; it is read again until
// then, as validation is followed. A rejected query is never counted.
void EditFlow::followCount()
{
    const QDateTime edited = queryEditedAt();
    if (m_current.isCountedSince(edited)
        || m_current.status.validation() == SegmentStatus::Validation::Invalid)
        return m_counter->cancel();
    if (!m_counter->isFollowing(m_current.id, edited))
        m_counter->follow(m_current.id, edited);
}

// What SendGrid counted, and only that: name, query and the time of the version stay those the
// open edit is based on.
void EditFlow::takeCount(const Segment &read)
{
    m_current.contactsCount = read.contactsCount;
    m_current.sampleUpdatedAt = read.sampleUpdatedAt;
    m_current.nextSampleUpdate = read.nextSampleUpdate;
    if (read.hasSample) {
        m_current.contactsSample = read.contactsSample;
        m_current.hasSample = true;
    }
    m_current.refreshesUsed = read.refreshesUsed;
    m_current.maxRefreshes = read.maxRefreshes;
    m_current.lastRefreshedAt = read.lastRefreshedAt;
    if (read.updatedAt == m_current.updatedAt) // the same version: its validation too
        m_current.status = read.status;
}

void EditFlow::reread()
{
    if (m_current.id.isEmpty() || m_call || m_save)
        return; // a read or a save under way brings the segment as it is anyway
    writePendingDraft();
    if (!m_dirty)
        return load(m_current.id);
    m_call = m_api->get(m_current.id, true, this,
                        [this](const ApiResult<Segment> &result) { onReread(result); });
}

void EditFlow::onReread(const ApiResult<Segment> &result)
{
    m_call = nullptr;
    if (!result.isOk())
        return Q_EMIT failed(
            ErrorAdvice::describe(tr("Reading the segment again failed"), result.error),
            result.error);
    if (result.value->id != m_current.id)
        return;
    const bool changed = result.value->updatedAt != m_current.updatedAt;
    takeCount(*result.value);
    QString message;
    if (changed) {
        // Filed so that it can be compared and restored; the save's conflict shows it too.
        const DeferredProblems deferred(this);
        recordVersion(*result.value, false);
        message = tr("\"%1\" changed in SendGrid since you opened it. Your unsaved edit is kept; "
                     "saving it shows both versions to choose from.")
                      .arg(m_current.name);
    }
    followCount();
    Q_EMIT countArrived(m_current, message);
}
