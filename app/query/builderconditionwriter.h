// SPDX-License-Identifier: MIT
#pragma once

#include "buildercondition.h"

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

    bool isSubquery() const { return !opening.isEmpty(); }
};

/// `alias` qualifies contact_data's columns (none when empty). Fails with check()'s message.
Result<Written> write(const BuilderCondition &condition, QStringView alias);

/// The alias of event_data inside engagement sub-selects.
inline QString eventAlias()
{
    return QStringLiteral("ev");
}

} // namespace BuilderConditionWriter
