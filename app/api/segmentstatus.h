// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QJsonObject>

/// `status` of a segment: whether SendGrid accepted the query and keeps the segment up to date.
struct SegmentStatus
{
    enum class Validation { Pending, Valid, Invalid, Unknown };

    QString queryValidation; ///< as sent: PENDING, VALID, INVALID (or a future value)
    QString errorMessage;

    Validation validation() const;
    bool operator==(const SegmentStatus &) const = default;

    static ApiResult<SegmentStatus> fromJson(const QJsonObject &json, const QString &path);
    QJsonObject toJson() const;
};
