// SPDX-License-Identifier: MIT
#include "contactlist.h"

#include "jsonreader.h"

#include <QUrl>
#include <QUrlQuery>

ApiResult<ContactList> ContactList::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ContactList list;
    list.id = r.string(QStringLiteral("id"));
    list.name = r.string(QStringLiteral("name"));
    list.contactCount = r.integer(QStringLiteral("contact_count"), false);
    return r.result(list);
}

QJsonObject ContactList::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("contact_count"), contactCount}};
}

ApiResult<ContactListPage> ContactListPage::fromJson(const QJsonObject &envelope)
{
    JsonReader r(envelope);
    ContactListPage page;
    const QJsonArray items = r.array(QStringLiteral("result"));
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        auto list
            = ContactList::fromJson(items.at(i).toObject(), r.pathOf(QStringLiteral("result"), i));
        r.merge(list);
        if (list.value)
            page.lists.append(*list.value);
    }
    const QJsonObject meta = r.optionalObject(QStringLiteral("_metadata"));
    const QUrl next(meta.value(QStringLiteral("next")).toString());
    page.nextPageToken = QUrlQuery(next).queryItemValue(QStringLiteral("page_token"));
    return r.result(page);
}
