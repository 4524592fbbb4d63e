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

    /// What an evaluation decides (validation, count, sample, schedule), from `evaluated`; the
    /// rest (name, refresh history) stays as it is now.
    void takeEvaluation(const SegmentRow &evaluated);

    static QString columns();
    static SegmentRow read(const QSqlQuery &query);
};
