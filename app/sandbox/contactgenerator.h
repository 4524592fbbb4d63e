// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

class SandboxStore;

/// Fills an empty store with a realistic, seeded contact base: lists, custom fields of all
/// three types, contacts in many countries, mail events over the last 180 days and a dozen
/// starter segments. The same seed and day give the same data.
class ContactGenerator
{
public:
    ContactGenerator(SandboxStore &store, quint32 seed, const QDateTime &now);

    /// Writes everything in one transaction: a failure leaves the store as it was.
    VoidResult generate(int contactCount);

    /// A UUID-shaped id drawn from the seeded generator.
    static QString uuid(QRandomGenerator &random);
    /// `yyyy-MM-ddTHH:mm:ssZ`, the stored time format.
    static QString isoTime(qint64 epochSeconds);

private:
    VoidResult createAll(int contactCount);
    VoidResult createLists();
    VoidResult createCustomFields();
    VoidResult createContacts(int count);
    VoidResult createSegments();
    QString time(qint64 secondsAgo) const;

    SandboxStore &m_store;
    QRandomGenerator m_random;
    QDateTime m_now;
    QStringList m_listIds;
    QStringList m_singleSends;
};
