// SPDX-License-Identifier: MIT
#pragma once

#include "historyversion.h"
#include "sqliteconnection.h"
#include "storeresult.h"

#include "common/result.h"

#include <QList>
#include <QString>

class QSqlQuery;

/// Every version of every segment the app has seen, per profile, in a local SQLite file (the
/// app data folder, shared by the window and the CLI; tests use a temp folder). WAL mode and a
/// busy timeout let the window and a CLI run write to it at the same time.
///
/// A version with the same definition (name, query, updated_at) as the latest one of its
/// segment is not recorded again: the latest one takes its count and validation instead, so a
/// save followed by reads is one version whose validation follows PENDING to VALID. History is
/// bounded: each segment keeps its newest `maxVersionsPerSegment` versions (500 unless told),
/// the oldest going first; numbers are never reused. Deleting a segment on the server leaves
/// its history here, so it can be recreated from it.
class HistoryStore
{
public:
    static constexpr int DefaultMaxVersionsPerSegment = 500;

    explicit HistoryStore(int maxVersionsPerSegment = DefaultMaxVersionsPerSegment);
    ~HistoryStore();

    /// Opens the file, bringing a file of an earlier build to this schema (its versions kept).
    /// A damaged file or one of a later build is refused (Corrupt, TooNew) and left as it is.
    StoreResult open(const QString &filePath);
    /// Records `version` (its id and number are assigned here) and returns the version now
    /// latest for the segment: the new one, or the one it was identical to.
    Result<HistoryVersion> record(const HistoryVersion &version);
    /// Oldest first.
    Result<QList<HistoryVersion>> versions(const QString &profileId,
                                           const QString &segmentId) const;
    /// Fails when no version has that id.
    Result<HistoryVersion> version(qint64 id) const;
    /// Most recently recorded first, deleted segments included.
    Result<QList<SegmentHistorySummary>> segmentsWithHistory(const QString &profileId) const;

private:
    QString problem(const QString &what, const QString &detail) const;
    VoidResult configure();
    Result<HistoryVersion> recordInTransaction(const HistoryVersion &version);
    Result<std::optional<HistoryVersion>> latest(const QString &profileId,
                                                 const QString &segmentId) const;
    VoidResult refreshLatest(const HistoryVersion &latest, const HistoryVersion &seen);
    VoidResult insert(HistoryVersion &version);
    VoidResult trim(const HistoryVersion &newest);
    Result<QList<HistoryVersion>> select(const QString &where, const QVariantList &values) const;

    SqliteConnection m_connection;
    QString m_filePath;
    int m_maxVersions;
};
