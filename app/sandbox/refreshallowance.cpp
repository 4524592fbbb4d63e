// SPDX-License-Identifier: MIT
#include "refreshallowance.h"

#include "refreshtable.h"
#include "sandboxstore.h"
#include "segmentengine.h"

#include <QTimeZone>

RefreshAllowance::RefreshAllowance(const SandboxStore &store, const SegmentEngine &engine)
    : m_store(store)
    , m_engine(engine)
{ }

Result<std::optional<RefreshAllowance::Refusal>>
RefreshAllowance::refusal(const QString &segmentId, const QString &zone) const
{
    using Answer = Result<std::optional<Refusal>>;
    const QDateTime midnight = m_engine.startOfDay(zone);
    const Result<int> lastHour = m_engine.refreshesSince(m_engine.now().addSecs(-3600), segmentId);
    // The quotas are the core's (RefreshQuota), the same the window explains.
    const Result<int> today = m_engine.refreshesSince(midnight, segmentId);
    const Result<int> account = m_engine.refreshesSince(midnight);
    for (const Result<int> *count : {&lastHour, &today, &account}) {
        if (!count->isOk())
            return Answer::failure(count->error());
    }
    // A daily part outlasts the hourly one, so it is the one to report when both apply.
    const QTimeZone timeZone(zone.toUtf8());
    const QDateTime nextMidnight(midnight.date().addDays(1), QTime(0, 0), timeZone);
    if (account.value() >= SegmentEngine::accountRefreshesPerDay)
        return Answer::success(Refusal {SegmentEngine::accountRefreshesPerDay, nextMidnight});
    if (today.value() >= SegmentEngine::maxRefreshesPerDay)
        return Answer::success(Refusal {SegmentEngine::maxRefreshesPerDay, nextMidnight});
    if (lastHour.value() >= RefreshQuota::PerSegmentPerHour) {
        const Result<QDateTime> frees = hourFreesAt(segmentId);
        if (!frees.isOk())
            return Answer::failure(frees.error());
        return Answer::success(Refusal {RefreshQuota::PerSegmentPerHour, frees.value()});
    }
    return Answer::success(std::nullopt);
}

// An hour after the oldest refresh of the last hour.
Result<QDateTime> RefreshAllowance::hourFreesAt(const QString &segmentId) const
{
    const Result<QString> oldest = RefreshTable(m_store).firstSince(
        segmentId, SegmentEngine::stamp(m_engine.now().addSecs(-3600)));
    if (!oldest.isOk())
        return Result<QDateTime>::failure(oldest.error());
    const QDateTime at = QDateTime::fromString(oldest.value(), Qt::ISODate);
    return Result<QDateTime>::success(at.isValid() ? at.addSecs(3600)
                                                   : m_engine.now().addSecs(3600));
}
