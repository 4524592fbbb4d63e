// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

struct Segment;

/// One version of a segment as the app saw it: its definition (name and query) and what
/// SendGrid said about it then.
struct HistoryVersion
{
    /// Who made the version: a save by SegmentDesk (window or CLI), or a change read from the
    /// server that SegmentDesk did not make (or the first time a segment is seen).
    enum class Source { ThisApp, Elsewhere };

    qint64 id = 0; ///< assigned by HistoryStore::record; unique in the store
    int number = 0; ///< 1, 2, … per segment, assigned by record; kept when older ones go
    QString profileId;
    QString segmentId;
    QDateTime recordedAt;
    QString name;
    QString queryDsl;
    std::optional<qint64> contactsCount;
    QString validation; ///< status.query_validation: PENDING, VALID, INVALID, …
    QString validationError; ///< status.error_message, when SendGrid gave one
    Source source = Source::Elsewhere;
    QString segmentUpdatedAt; ///< the segment's updated_at as SendGrid sent it

    /// The version `segment` is, seen now.
    static HistoryVersion fromSegment(const QString &profileId, const Segment &segment,
                                      Source source, const QDateTime &recordedAt);
    /// "this app" or "elsewhere", as stored and printed.
    static QString sourceName(Source source);
    /// Whether both have the same name, query and updated_at: the same definition.
    bool sameDefinition(const HistoryVersion &other) const;
};

/// A segment that has history: also one that was deleted since, so it can be recreated.
struct SegmentHistorySummary
{
    QString segmentId;
    QString latestName;
    int versionCount = 0;
    QDateTime lastRecordedAt;
};
