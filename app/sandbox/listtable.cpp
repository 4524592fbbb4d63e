// SPDX-License-Identifier: MIT
#include "listtable.h"

#include "sandboxstore.h"

Result<bool> ListTable::exists(const QString &id) const
{
    return m_store.exists(QStringLiteral("SELECT 1 FROM lists WHERE id = ?"), {id});
}

Result<bool> ListTable::nameTaken(const QString &name) const
{
    return m_store.exists(QStringLiteral("SELECT 1 FROM lists WHERE name = ?"), {name});
}

VoidResult ListTable::add(const QString &id, const QString &name, const QString &createdAt)
{
    const auto added
        = m_store.run(QStringLiteral("INSERT INTO lists (id, name, created_at) VALUES (?, ?, ?)"),
                      {id, name, createdAt});
    return added.isOk() ? VoidResult::success() : VoidResult::failure(added.error());
}

Result<ListPage> ListTable::page(int size, int offset) const
{
    auto rows
        = m_store.run(QStringLiteral("SELECT l.id, l.name, (SELECT COUNT(*) FROM list_members m "
                                     "WHERE m.list_id = l.id) FROM lists l ORDER BY l.rowid "
                                     "LIMIT ? OFFSET ?"),
                      {size + 1, offset});
    const Result<QVariant> count = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM lists"));
    if (!rows.isOk() || !count.isOk())
        return Result<ListPage>::failure(rows.isOk() ? count.error() : rows.error());
    ListPage page;
    page.total = count.value().toInt();
    QSqlQuery &q = rows.value();
    while (q.next()) {
        if (page.lists.size() == size) {
            page.more = true;
            break;
        }
        page.lists.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return Result<ListPage>::success(std::move(page));
}
