// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

class SandboxStore;

/// Writes generated contacts, their list memberships and their mail events with prepared
/// statements (one insert of each kind, reused for every row).
class ContactWriter
{
public:
    ContactWriter(SandboxStore &store, const QStringList &listIds, const QStringList &singleSends,
                  const QDateTime &now);

    /// Returns the problem, or "" on success.
    QString write(QRandomGenerator &random, int index);

private:
    QStringList pickLists(QRandomGenerator &random);
    QVariantList contactValues(QRandomGenerator &random, int index, const QString &id,
                               const QStringList &lists) const;
    bool writeEvents(QRandomGenerator &random, const QString &contactId);
    bool addEvent(const QString &contactId, const QString &type, const QString &send,
                  qint64 secondsAgo);
    QString error(const QSqlQuery &query) const;

    const QStringList m_listIds;
    const QStringList m_singleSends;
    const QDateTime m_now;
    QSqlQuery m_contact;
    QSqlQuery m_member;
    QSqlQuery m_event;
    QHash<QString, QString> m_eventData; ///< the `data` JSON of each single send's events
};
