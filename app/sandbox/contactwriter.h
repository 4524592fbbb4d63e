// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include "common/result.h"
#include "sqlitestatement.h"

class SandboxStore;

/// Writes generated contacts, their list memberships and their mail events with prepared
/// statements on SQLite's own API (one insert of each kind, reused for every row). The contact
/// tables' statements are here, but for the evaluation of segment queries (SegmentEvaluator).
class ContactWriter
{
public:
    ContactWriter(SandboxStore &store, const QStringList &listIds, const QStringList &singleSends,
                  const QDateTime &now);

    VoidResult write(QRandomGenerator &random, int index);
    /// The contacts in the store.
    static Result<qint64> count(const SandboxStore &store);

private:
    QStringList pickLists(QRandomGenerator &random);
    QVariantList contactValues(QRandomGenerator &random, int index, const QString &id,
                               const QStringList &lists) const;
    bool writeEvents(QRandomGenerator &random, const QString &contactId);
    bool addEvent(const QString &contactId, const QString &type, const QString &send,
                  qint64 secondsAgo);
    static VoidResult error(const SqliteStatement &statement);

    const QStringList m_listIds;
    const QStringList m_singleSends;
    const QDateTime m_now;
    SqliteStatement m_contact;
    SqliteStatement m_member;
    SqliteStatement m_event;
    QHash<QString, QString> m_eventData; ///< the `data` JSON of each single send's events
};
