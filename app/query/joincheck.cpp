// SPDX-License-Identifier: MIT
#include "joincheck.h"

#include <QStringList>

namespace JoinCheck {

std::optional<DiagnosticText> unrelatedTables(const Join &join, const QList<QStringView> &before)
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
    if (earlier.size() == 1)
        return DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic",
                                                 "This join's condition does not relate %1 and "
                                                 "%2: every row of one meets every row of the "
                                                 "other"),
                               {earlier.first(), joined.toString()}};
    return DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic",
                                             "This join's condition does not relate %1 and any of "
                                             "%2: every row of one meets every row of the other"),
                           {joined.toString(), earlier.join(QStringLiteral(", "))}};
}

} // namespace JoinCheck
