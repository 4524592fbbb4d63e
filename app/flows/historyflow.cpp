// SPDX-License-Identifier: MIT
#include "historyflow.h"

#include "local/historystore.h"

HistoryFlow::HistoryFlow(HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{ }

Result<QList<HistoryVersion>> HistoryFlow::versionsOf(const QString &segmentId) const
{
    using Versions = Result<QList<HistoryVersion>>;
    if (!m_history)
        return Versions::failure(tr("No local history is kept for this session."));
    if (segmentId.isEmpty())
        return Versions::failure(tr("Open a segment to see its history."));
    Versions versions = m_history->versions(m_profileKey, segmentId);
    if (!versions.isOk())
        return Versions::failure(tr("Local history: %1").arg(versions.error()));
    return versions;
}

QHash<QString, QString> HistoryFlow::latestQueries(const QList<SegmentSummary> &segments) const
{
    QHash<QString, QString> latest;
    if (!m_history)
        return latest;
    for (const SegmentSummary &s : segments) {
        const auto versions = m_history->versions(m_profileKey, s.id);
        if (versions.isOk() && !versions.value().isEmpty())
            latest.insert(s.id, versions.value().constLast().queryDsl);
    }
    return latest;
}
