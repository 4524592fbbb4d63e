// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QJsonObject>
#include <QStringList>

/// A contact as SendGrid returns it in samples and searches (`contact_response`).
/// Missing optional text is empty; custom fields are keyed by field name.
struct Contact
{
    QString id;
    QString email;
    QString phoneNumberId;
    QString externalId;
    QString anonymousId;
    QStringList alternateEmails;
    QString firstName;
    QString lastName;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString stateProvinceRegion;
    QString postalCode; ///< text here; the segments spec says integer, the contacts API text
    QString country;
    QStringList listIds;
    QStringList segmentIds;
    QJsonObject customFields;

    bool operator==(const Contact &) const = default;

    static ApiResult<Contact> fromJson(const QJsonObject &json, const QString &path = {});
    /// Contacts that cannot be read (no id, not an object) are left out with a warning: a list
    /// of contacts only illustrates a segment or a search.
    static ApiResult<QList<Contact>> listFromJson(const QJsonArray &json, const QString &path);
    QJsonObject toJson() const;
};
