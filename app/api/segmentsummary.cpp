// SPDX-License-Identifier: MIT
#include "segmentsummary.h"

#include "jsonreader.h"

void SegmentSummary::read(JsonReader &r)
{
    id = r.string(QStringLiteral("id"));
    name = r.string(QStringLiteral("name"));
    contactsCount = r.integer(QStringLiteral("contacts_count"));
    createdAt = r.timestamp(QStringLiteral("created_at"));
    updatedAt = r.timestamp(QStringLiteral("updated_at"));
    sampleUpdatedAt = r.timestamp(QStringLiteral("sample_updated_at"));
    nextSampleUpdate = r.timestamp(QStringLiteral("next_sample_update"));
    parentListIds = r.stringList(QStringLiteral("parent_list_ids"));
    queryVersion = r.nullableString(QStringLiteral("query_version"));
    const qsizetype warned = r.warnings().size();
    const QJsonObject statusJson = r.optionalObject(QStringLiteral("status"));
    if (statusJson.isEmpty() && r.warnings().size() == warned)
        r.warn(QStringLiteral("status"), QStringLiteral("is missing"));
    if (r.ok() && !statusJson.isEmpty()) {
        auto decoded = SegmentStatus::fromJson(statusJson, r.pathOf(QStringLiteral("status")));
        r.merge(decoded);
        if (decoded.value)
            status = *decoded.value;
    }
}

void SegmentSummary::write(QJsonObject &json) const
{
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("contacts_count"), contactsCount);
    json.insert(QStringLiteral("created_at"), createdAt.raw);
    json.insert(QStringLiteral("updated_at"), updatedAt.raw);
    json.insert(QStringLiteral("sample_updated_at"), sampleUpdatedAt.raw);
    json.insert(QStringLiteral("next_sample_update"), nextSampleUpdate.raw);
    json.insert(QStringLiteral("parent_list_ids"), QJsonArray::fromStringList(parentListIds));
    json.insert(QStringLiteral("query_version"), queryVersion);
    json.insert(QStringLiteral("status"), status.toJson());
}

ApiResult<SegmentSummary> SegmentSummary::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    SegmentSummary s;
    s.read(r);
    return r.result(std::move(s));
}

ApiResult<QList<SegmentSummary>> SegmentSummary::listFromJson(const QJsonObject &envelope)
{
    using Result = ApiResult<QList<SegmentSummary>>;
    JsonReader r(envelope);
    const QJsonArray items = r.array(QStringLiteral("results"));
    if (!r.ok())
        return Result::failure(r.error());
    QList<SegmentSummary> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            r.fail(QStringLiteral("results[%1]").arg(i), QStringLiteral("should be an object"));
        auto item = fromJson(items.at(i).toObject());
        // The item's path is only needed to name a problem: a list of thousands decodes
        // without making one per item, and a bad item is read again to say where it is.
        if (!item.error.isOk() || !item.warnings.isEmpty())
            item = fromJson(items.at(i).toObject(), r.pathOf(QStringLiteral("results"), i));
        r.merge(item);
        if (!r.ok())
            return Result::failure(r.error());
        out.append(std::move(*item.value));
    }
    return r.result(std::move(out));
}

bool SegmentSummary::isCounted() const
{
    if (contactsCount != 0)
        return true;
    if (sampleUpdatedAt.isNull())
        return false;
    // An unreadable time says nothing either way: the 0 is shown as SendGrid sent it.
    if (!sampleUpdatedAt.utc.isValid() || !createdAt.utc.isValid())
        return true;
    return sampleUpdatedAt.utc > createdAt.utc;
}

bool SegmentSummary::isCountedSince(const QDateTime &when) const
{
    if (!isCounted())
        return false;
    if (!when.isValid() || !sampleUpdatedAt.utc.isValid())
        return true;
    return sampleUpdatedAt.utc > when;
}

bool SegmentSummary::countsPreviousQuery(const QDateTime &when) const
{
    return isCounted() && !isCountedSince(when);
}

QJsonObject SegmentSummary::toJson() const
{
    QJsonObject json;
    write(json);
    return json;
}
