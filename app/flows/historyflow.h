// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"
#include "common/result.h"
#include "local/historyversion.h"

#include <QHash>
#include <QObject>

class HistoryStore;

/// The local history as the window uses it, without widgets: the open segment's versions (or
/// why none can be shown), the latest query filed for each listed segment (the list's filter
/// matches it before any read), and the segments it knows that are gone from the account.
class HistoryFlow : public QObject
{
    Q_OBJECT

public:
    /// `history` none: nothing is kept this session.
    explicit HistoryFlow(HistoryStore *history, QObject *parent = nullptr);

    /// Versions are read under the profile `profileKey` (ProfileFlow::historyKey()).
    void setProfile(const QString &profileKey) { m_profileKey = profileKey; }
    const QString &profileKey() const { return m_profileKey; }
    HistoryStore *store() const { return m_history; }
    bool isKept() const { return m_history != nullptr; }

    /// The versions of `segmentId`, oldest first; else a message that says why none show.
    Result<QList<HistoryVersion>> versionsOf(const QString &segmentId) const;
    /// Segment id → its latest query filed, for those of `segments` the history knows.
    QHash<QString, QString> latestQueries(const QList<SegmentSummary> &segments) const;

private:
    HistoryStore *m_history;
    QString m_profileKey;
};
