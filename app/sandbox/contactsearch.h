// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

class QueryDeadline;
class SandboxStore;

/// One contacts search (an SGQL v1 condition, segments-v2-api.md §7.3) on an evaluation thread:
/// how many contacts match, the first 50 and the VALID segments each belongs to, all within the
/// task's deadline, as SendGrid answers 408 to a search that takes longer than 20 s.
class ContactSearch
{
public:
    struct Segment
    {
        QString id;
        QString queryDsl;
    };
    struct Answer
    {
        enum class Kind { Found, Refused, TimedOut };
        Kind kind = Kind::Found;
        QString problem; ///< why the query was refused (400)
        qint64 count = 0;
        QJsonArray contacts;
        /// Segments SQLite could not run for segment_ids: id and SQLite's message.
        QList<std::pair<QString, QString>> broken;
    };

    /// `now`: what NOW() is in the search.
    ContactSearch(SandboxStore &store, const QueryDeadline &deadline, QDateTime now);

    /// `segments`: the VALID segments, whose members make each contact's segment_ids.
    Answer run(const QString &query, const QList<Segment> &segments) const;

private:
    bool withSegmentIds(Answer &result, const QList<Segment> &segments) const;

    SandboxStore &m_store;
    const QueryDeadline &m_deadline;
    QDateTime m_now;
};
