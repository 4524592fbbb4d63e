// SPDX-License-Identifier: MIT
#pragma once

#include "sqliteconnection.h"

#include <QDateTime>
#include <QString>

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
/// Errors are returned as text; a store that failed to open keeps nothing and says so.
class DraftStore
{
public:
    DraftStore();
    ~DraftStore();

    QString open(const QString &filePath);
    QString save(const Draft &draft);
    void remove(const QString &segmentId);
    std::optional<Draft> find(const QString &segmentId) const;
    QList<Draft> all() const;

private:
    SqliteConnection m_connection;
};
