// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

class SandboxStore;

/// One contact list as the lists endpoint shows it.
struct ListRow
{
    QString id;
    QString name;
    qint64 contactCount = 0;
};

/// `size` lists from an offset, in creation order, of `total`.
struct ListPage
{
    QList<ListRow> lists;
    bool more = false; ///< lists follow this page
    int total = 0;
};

/// The contact lists (lists, and list_members for their counts): every statement on them but
/// the generator's bulk insert of members (ContactWriter) is here.
class ListTable
{
public:
    explicit ListTable(const SandboxStore &store)
        : m_store(store)
    { }

    Result<bool> exists(const QString &id) const;
    Result<bool> nameTaken(const QString &name) const;
    VoidResult add(const QString &id, const QString &name, const QString &createdAt);
    Result<ListPage> page(int size, int offset) const;

private:
    const SandboxStore &m_store;
};
