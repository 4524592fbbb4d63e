// SPDX-License-Identifier: MIT
// Manual refresh (segments-v2-api.md §4.6) and its quota.
#include "contactgenerator.h"
#include "refreshallowance.h"
#include "refreshtable.h"
#include "sandboxapi.h"
#include "sandboxstore.h"

#include <QTimeZone>

void SandboxApi::refreshSegment(const QString &id, const QJsonObject &body, const Reply &reply)
{
    if (m_options.plan == SandboxOptions::Plan::Free)
        return reply(SandboxResponse::plainError(403,
                                                 QStringLiteral("Manual refresh needs a paid "
                                                                "Marketing Campaigns plan.")));
    const QString zone = body.value(QStringLiteral("user_time_zone")).toString();
    // QTimeZone(id).isValid(), not isTimeZoneIdAvailable(): the latter misses Etc/UTC and other
    // zones that are not in zone.tab.
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        return reply(SandboxResponse::fieldError(400, QStringLiteral("user_time_zone"),
                                                 QStringLiteral("user_time_zone must be an IANA "
                                                                "time zone such as "
                                                                "America/Chicago")));
    auto loaded = m_engine.load(id);
    if (!loaded.isOk())
        return reply(SandboxResponse::plainError(500, loaded.error()));
    if (!loaded.value())
        return reply(SandboxResponse::plainError(404, QStringLiteral("Segment does not exist.")));
    SegmentRow &row = *loaded.value();
    if (auto refusal = refreshRefusal(row, zone))
        return reply(*refusal);
    if (const VoidResult saved = recordRefresh(row, zone); !saved.isOk())
        return reply(SandboxResponse::plainError(500, saved.error()));
    // The recount runs on the pool (a query SQLite cannot run, or cannot finish in time, turns
    // the segment INVALID); the job is accepted once it has ended, as a read would show it.
    m_scheduler.settle(row, true, [reply] {
        QRandomGenerator random = QRandomGenerator::securelySeeded();
        reply(SandboxResponse::json(202,
                                    {{QStringLiteral("job_id"), ContactGenerator::uuid(random)}}));
    });
}

VoidResult SandboxApi::recordRefresh(SegmentRow &row, const QString &zone)
{
    const QString now = SegmentEngine::stamp(m_engine.now());
    row.lastRefreshedAt = now;
    row.refreshZone = zone;
    return m_store.inTransaction([&] {
        const VoidResult counted = RefreshTable(m_store).add(row.id, now);
        return counted.isOk() ? m_engine.save(row) : counted;
    });
}

std::optional<SandboxResponse> SandboxApi::refreshRefusal(const SegmentRow &row,
                                                          const QString &zone)
{
    const auto refusal = RefreshAllowance(m_store, m_engine).refusal(row.id, zone);
    if (!refusal.isOk())
        return SandboxResponse::plainError(500, refusal.error());
    if (!refusal.value())
        return std::nullopt;
    // The spec documents this 429 without a body; the headers say which allowance is used up
    // and when it frees: an hour after the last refresh, or the caller's next local midnight.
    const qint64 frees = refusal.value()->freesAt.toSecsSinceEpoch();
    SandboxResponse refused = SandboxResponse::empty(429);
    refused.headers
        += {{"X-RateLimit-Limit", QByteArray::number(refusal.value()->limit)},
            {"X-RateLimit-Remaining", "0"},
            {"X-RateLimit-Reset", QByteArray::number(frees)},
            {"Retry-After",
             QByteArray::number(qMax<qint64>(0, frees - m_engine.now().toSecsSinceEpoch()))}};
    return refused;
}
