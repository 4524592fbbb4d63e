// SPDX-License-Identifier: MIT
#include "joincheck.h"

#include <QStringList>

namespace JoinCheck {

std::optional<QString> unrelatedTables(const Join &join, const QList<QStringView> &before)
{
    if (!join.on)
        return std::nullopt;
    const QStringView joined = join.table.referenceName();
    bool namesJoined = false;
    bool namesBefore = false;
    // Unqualified columns relate nothing: with two tables, contact_id is in both.
    forEachNode(join.on, [&](const Expr &e) {
        if ((e.kind != Expr::Kind::Column && e.kind != Expr::Kind::Path) || e.qualifier.isEmpty())
            return;
        if (sameName(e.qualifier, joined))
            namesJoined = true;
        else if (std::any_of(before.begin(), before.end(),
                             [&e](QStringView name) { return sameName(name, e.qualifier); }))
            namesBefore = true;
    });
    if (namesJoined && namesBefore)
        return std::nullopt;
    QStringList earlier;
    for (QStringView name : before)
        earlier << name.toString();
    const QString tables = earlier.size() == 1
        ? earlier.first() + QStringLiteral(" and ") + joined.toString()
        : joined.toString() + QStringLiteral(" and any of ") + earlier.join(QStringLiteral(", "));
    return QStringLiteral("This join's condition does not relate %1: every row of one meets "
                          "every row of the other")
        .arg(tables);
}

} // namespace JoinCheck
