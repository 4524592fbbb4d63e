// SPDX-License-Identifier: MIT
#pragma once

#include "contact.h"
#include "segmentsummary.h"

#include <optional>

/// A segment as get, create and update return it (`segment_response`).
struct Segment : SegmentSummary
{
    QString queryDsl;
    QList<Contact> contactsSample;
    bool hasSample = false; ///< false when fetched with contacts_sample=false
    std::optional<qint64> refreshesUsed;
    std::optional<qint64> maxRefreshes;
    Timestamp lastRefreshedAt;

    bool operator==(const Segment &) const = default;

    static ApiResult<Segment> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(Segment)
