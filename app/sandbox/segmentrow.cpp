// SPDX-License-Identifier: MIT
#include "segmentrow.h"

#include <QVariant>

QString SegmentRow::columns()
{
    return QStringLiteral(
        "id, name, query_dsl, parent_list_id, contacts_count, sample, created_at, "
        "updated_at, sample_updated_at, next_sample_update, sample_interval, "
        "query_validation, error_message, validate_at, last_refreshed_at, "
        "refresh_zone");
}

SegmentRow SegmentRow::read(const QSqlQuery &q)
{
    SegmentRow r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.queryDsl = q.value(2).toString();
    r.parentListId = q.value(3).toString();
    r.contactsCount = q.value(4).toLongLong();
    r.sample = q.value(5).toString();
    r.createdAt = q.value(6).toString();
    r.updatedAt = q.value(7).toString();
    r.sampleUpdatedAt = q.value(8).toString();
    r.nextSampleUpdate = q.value(9).toString();
    r.sampleInterval = q.value(10).toLongLong();
    r.validation = q.value(11).toString();
    r.errorMessage = q.value(12).toString();
    r.validateAt = q.value(13).toString();
    r.lastRefreshedAt = q.value(14).toString();
    r.refreshZone = q.value(15).toString();
    return r;
}

void SegmentRow::takeEvaluation(const SegmentRow &evaluated)
{
    contactsCount = evaluated.contactsCount;
    sample = evaluated.sample;
    sampleUpdatedAt = evaluated.sampleUpdatedAt;
    nextSampleUpdate = evaluated.nextSampleUpdate;
    sampleInterval = evaluated.sampleInterval;
    validation = evaluated.validation;
    errorMessage = evaluated.errorMessage;
}
