// SPDX-License-Identifier: MIT
#pragma once

#include "buildernode.h"

/// The SQL of one builder condition, in the dialect SendGrid reads and in the project's
/// formatter's layout (see BuilderWriter).
namespace BuilderConditionWriter {

struct Written
{
    QString line; ///< the whole condition on one line
    /// Engagement conditions only, as the formatter lays out a sub-select: `subject [NOT] IN (`,
    /// then the sub-select's lines, then `)`.
    QString opening;
    QStringList subquery;
    /// Engagement conditions over a JOIN (BuilderShape::joined): the terms `line` AND-s.
    QStringList terms;

    bool isSubquery() const { return !opening.isEmpty(); }
};

/// `alias` qualifies contact_data's columns (none when empty); `shape` says how (strict time
/// bounds, an engagement's terms and form). Fails with check()'s message.
Result<Written> write(const BuilderCondition &condition, QStringView alias,
                      const BuilderShape &shape = {});

/// The alias of event_data inside engagement sub-selects.
inline QString eventAlias()
{
    return QStringLiteral("ev");
}

} // namespace BuilderConditionWriter
