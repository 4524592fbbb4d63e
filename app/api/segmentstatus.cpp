// SPDX-License-Identifier: MIT
#include "segmentstatus.h"

#include "jsonreader.h"

SegmentStatus::Validation SegmentStatus::validation() const
{
    if (queryValidation == QStringLiteral("PENDING"))
        return Validation::Pending;
    if (queryValidation == QStringLiteral("VALID"))
        return Validation::Valid;
    if (queryValidation == QStringLiteral("INVALID"))
        return Validation::Invalid;
    return Validation::Unknown;
}

ApiResult<SegmentStatus> SegmentStatus::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    SegmentStatus s;
    s.queryValidation = r.nullableString(QStringLiteral("query_validation"));
    s.errorMessage = r.nullableString(QStringLiteral("error_message"));
    if (s.validation() == Validation::Unknown)
        r.warn(QStringLiteral("query_validation"),
               QStringLiteral("is not PENDING, VALID or INVALID (\"%1\")")
                   .arg(s.queryValidation.left(40)));
    return r.result(s);
}

QJsonObject SegmentStatus::toJson() const
{
    QJsonObject json {{QStringLiteral("query_validation"), queryValidation}};
    if (!errorMessage.isEmpty())
        json.insert(QStringLiteral("error_message"), errorMessage);
    return json;
}
