// SPDX-License-Identifier: MIT
#include "contact.h"

#include "jsonreader.h"

ApiResult<Contact> Contact::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Contact c;
    c.id = r.string(QStringLiteral("id"));
    c.email = r.nullableString(QStringLiteral("email"));
    c.phoneNumberId = r.nullableString(QStringLiteral("phone_number_id"));
    c.externalId = r.nullableString(QStringLiteral("external_id"));
    c.anonymousId = r.nullableString(QStringLiteral("anonymous_id"));
    c.alternateEmails = r.stringList(QStringLiteral("alternate_emails"));
    c.firstName = r.nullableString(QStringLiteral("first_name"));
    c.lastName = r.nullableString(QStringLiteral("last_name"));
    c.addressLine1 = r.nullableString(QStringLiteral("address_line_1"));
    c.addressLine2 = r.nullableString(QStringLiteral("address_line_2"));
    c.city = r.nullableString(QStringLiteral("city"));
    c.stateProvinceRegion = r.nullableString(QStringLiteral("state_province_region"));
    c.postalCode = r.stringOrNumber(QStringLiteral("postal_code"));
    c.country = r.nullableString(QStringLiteral("country"));
    c.listIds = r.stringList(QStringLiteral("list_ids"));
    c.segmentIds = r.stringList(QStringLiteral("segment_ids"));
    c.customFields = r.optionalObject(QStringLiteral("custom_fields"));
    return r.result(std::move(c));
}

ApiResult<QList<Contact>> Contact::listFromJson(const QJsonArray &json, const QString &path)
{
    QList<Contact> contacts;
    QStringList warnings;
    contacts.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!json.at(i).isObject()) {
            warnings << QStringLiteral("field \"%1\" should be an object; left out").arg(itemPath);
            continue;
        }
        auto contact = fromJson(json.at(i).toObject(), itemPath);
        warnings += contact.warnings;
        if (!contact.isOk()) {
            warnings << contact.error.message + QStringLiteral("; contact left out");
            continue;
        }
        contacts.append(std::move(*contact.value));
    }
    return ApiResult<QList<Contact>>::success(std::move(contacts), std::move(warnings));
}

QJsonObject Contact::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("alternate_emails"), QJsonArray::fromStringList(alternateEmails)},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("address_line_1"), addressLine1},
        {QStringLiteral("address_line_2"), addressLine2},
        {QStringLiteral("city"), city},
        {QStringLiteral("state_province_region"), stateProvinceRegion},
        {QStringLiteral("postal_code"), postalCode},
        {QStringLiteral("country"), country},
        {QStringLiteral("list_ids"), QJsonArray::fromStringList(listIds)},
        {QStringLiteral("segment_ids"), QJsonArray::fromStringList(segmentIds)},
        {QStringLiteral("custom_fields"), customFields}};
    auto putIfSet = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    putIfSet(QStringLiteral("email"), email);
    putIfSet(QStringLiteral("phone_number_id"), phoneNumberId);
    putIfSet(QStringLiteral("external_id"), externalId);
    putIfSet(QStringLiteral("anonymous_id"), anonymousId);
    return json;
}
