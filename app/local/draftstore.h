// SPDX-License-Identifier: MIT
#pragma once

#include "sqliteconnection.h"
#include "storeresult.h"

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/// An unsaved edit of one segment, kept so that a crash or a failed save loses nothing.
struct Draft
{
    QString segmentId;
    QString name;
    QString queryDsl;
    QString baseUpdatedAt; ///< updated_at of the segment the edit started from
    QDateTime savedAt;
};

/// Drafts in a local SQLite file (the app data folder; tests use a temp folder).
/// Every operation says whether it worked; a store that failed to open keeps nothing and
/// each operation on it fails with the reason.
class DraftStore
{
public:
    DraftStore();
    ~DraftStore();

    /// Opens the file, bringing a file of an earlier build to this schema (its drafts kept).
    /// A damaged file or one of a later build is refused (Corrupt, TooNew) and left as it is.
    StoreResult open(const QString &filePath);
    VoidResult save(const Draft &draft);
    VoidResult remove(const QString &segmentId);
    /// Removes all of them or, when one removal fails, none.
    VoidResult removeAll(const QStringList &segmentIds);
    /// Nothing (no error) when no draft is kept for the segment.
    Result<std::optional<Draft>> find(const QString &segmentId) const;
    Result<QList<Draft>> all() const;
    /// Drafts written by save() since open(): how often an editor's pauses reach the disk.
    int writeCount() const { return m_writes; }

private:
    VoidResult configure();
    QString problem(const QString &what, const QString &detail) const;

    SqliteConnection m_connection;
    QString m_filePath;
    int m_writes = 0;
};
