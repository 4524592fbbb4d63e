// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"
#include "segmentstatus.h"
#include "timestamp.h"

#include <QJsonObject>
#include <QStringList>

class JsonReader;

/// A segment as the list endpoint returns it (`all_segments_response`): no query, no sample.
struct SegmentSummary
{
    QString id;
    QString name;
    qint64 contactsCount = 0;
    Timestamp createdAt;
    Timestamp updatedAt;
    Timestamp sampleUpdatedAt;
    Timestamp nextSampleUpdate;
    QStringList parentListIds;
    QString queryVersion;
    SegmentStatus status;

    bool operator==(const SegmentSummary &) const = default;

    /// Whether SendGrid has counted the segment since it was made. A new (also a duplicated or
    /// recreated) segment reports a count of 0 with no sample time, or with its creation time as
    /// the sample time, until its first count: that 0 is not a count.
    bool isCounted() const;
    /// Whether its count was made after `when` (the save of a query change: before it, count
    /// and sample describe the previous query). An invalid `when` asks isCounted() only; an
    /// unreadable sample time is taken as SendGrid sent it, as a count.
    bool isCountedSince(const QDateTime &when) const;
    /// Whether its count and sample describe the query before the change saved at `when`: it
    /// was counted, but not since.
    bool countsPreviousQuery(const QDateTime &when) const;

    static ApiResult<SegmentSummary> fromJson(const QJsonObject &json, const QString &path = {});
    /// Decodes `{"results": [...]}`.
    static ApiResult<QList<SegmentSummary>> listFromJson(const QJsonObject &envelope);
    QJsonObject toJson() const;

protected:
    void read(JsonReader &reader);
    void write(QJsonObject &json) const;
};

Q_DECLARE_METATYPE(SegmentSummary)
