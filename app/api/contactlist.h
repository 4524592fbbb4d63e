// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QJsonObject>

/// A marketing list (`/v3/marketing/lists`); segments may use one as their parent.
struct ContactList
{
    QString id;
    QString name;
    qint64 contactCount = 0;

    bool operator==(const ContactList &) const = default;

    static ApiResult<ContactList> fromJson(const QJsonObject &json, const QString &path = {});
    QJsonObject toJson() const;
};

/// One page of lists and the token of the next page (empty on the last page).
struct ContactListPage
{
    QList<ContactList> lists;
    QString nextPageToken;

    static ApiResult<ContactListPage> fromJson(const QJsonObject &envelope);
};
