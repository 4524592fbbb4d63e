// SPDX-License-Identifier: MIT
#include "segment.h"

#include "jsonreader.h"

ApiResult<Segment> Segment::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Segment s;
    s.read(r);
    s.queryDsl = r.string(QStringLiteral("query_dsl"));
    s.hasSample = r.has(QStringLiteral("contacts_sample"));
    const QJsonArray sample = r.optionalArray(QStringLiteral("contacts_sample"));
    s.refreshesUsed = r.optionalInteger(QStringLiteral("refreshes_used"));
    s.maxRefreshes = r.optionalInteger(QStringLiteral("max_refreshes"));
    s.lastRefreshedAt = r.timestamp(QStringLiteral("last_refreshed_at"), false);
    if (r.ok()) {
        // The sample illustrates the segment; a contact that cannot be read is left out of it.
        auto contacts = Contact::listFromJson(sample, QStringLiteral("contacts_sample"));
        r.merge(contacts);
        if (contacts.value)
            s.contactsSample = std::move(*contacts.value);
    }
    return r.result(std::move(s));
}

QJsonObject Segment::toJson() const
{
    QJsonObject json;
    write(json);
    json.insert(QStringLiteral("query_dsl"), queryDsl);
    if (hasSample) {
        QJsonArray sample;
        for (const Contact &c : contactsSample)
            sample.append(c.toJson());
        json.insert(QStringLiteral("contacts_sample"), sample);
    }
    if (refreshesUsed)
        json.insert(QStringLiteral("refreshes_used"), *refreshesUsed);
    if (maxRefreshes)
        json.insert(QStringLiteral("max_refreshes"), *maxRefreshes);
    if (!lastRefreshedAt.isNull())
        json.insert(QStringLiteral("last_refreshed_at"), lastRefreshedAt.raw);
    return json;
}
