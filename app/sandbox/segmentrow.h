// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlQuery>
#include <QString>

/// One row of the sandbox's segments table.
struct SegmentRow
{
    QString id;
    QString name;
    QString queryDsl;
    QString parentListId;
    qint64 contactsCount = 0;
    QString sample; ///< JSON array of contact_response objects
    QString createdAt;
    QString updatedAt;
    QString sampleUpdatedAt;
    QString nextSampleUpdate;
    qint64 sampleInterval = 3600; ///< seconds of sandbox time between recomputes
    QString validation; ///< PENDING, VALID, INVALID
    QString errorMessage;
    QString validateAt;
    QString lastRefreshedAt;
    QString refreshZone;

    static QString columns();
    static SegmentRow read(const QSqlQuery &query);
};
